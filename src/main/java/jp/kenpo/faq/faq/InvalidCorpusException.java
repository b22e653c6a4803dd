package jp.kenpo.faq.faq;

/** The FAQ corpus cannot be used; the message names the file and the problem so that an editor can fix it. */
public class InvalidCorpusException extends RuntimeException {

    public InvalidCorpusException(String file, String problem) {
        super("faq-corpus/" + file + ": " + problem);
    }

    public InvalidCorpusException(String file, String problem, Throwable cause) {
        super("faq-corpus/" + file + ": " + problem, cause);
    }
}
