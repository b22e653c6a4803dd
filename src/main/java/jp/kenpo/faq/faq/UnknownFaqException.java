package jp.kenpo.faq.faq;

/** A 項番 was asked for that the corpus does not have. */
public class UnknownFaqException extends RuntimeException {

    private final String requestedId;

    public UnknownFaqException(String requestedId) {
        super("no FAQ item " + requestedId);
        this.requestedId = requestedId;
    }

    public String requestedId() {
        return requestedId;
    }
}
