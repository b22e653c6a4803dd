package jp.kenpo.faq.faq;

import jp.kenpo.faq.problem.ProblemException;

/** A 項番 was asked for that the corpus does not have (404). */
public class UnknownFaqException extends ProblemException {

    /** An id this long is cut when echoed: it came from the client and may be anything. */
    private static final int MAX_ECHO = 20;

    public UnknownFaqException(String requestedId) {
        super(404, "Unknown FAQ item", "There is no FAQ item with id '" + shortened(requestedId) + "'.");
    }

    private static String shortened(String id) {
        return id.length() > MAX_ECHO ? id.substring(0, MAX_ECHO) + "…" : id;
    }
}
