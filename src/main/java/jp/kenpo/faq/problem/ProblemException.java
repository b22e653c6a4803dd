package jp.kenpo.faq.problem;

/**
 * A failure that knows how it reaches a client: its HTTP status and a human title and detail for RFC 9457 problem
 * details. Any package may throw one; the API's one mapper writes it without knowing where it came from. The
 * detail is shown to the client, so it must never carry a member's data or anything internal.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String title;

    protected ProblemException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    /** The HTTP status, 4xx for what the client can fix. */
    public int status() {
        return status;
    }

    /** A short human summary of the kind of problem. */
    public String title() {
        return title;
    }

    /** What went wrong with this request, safe to show to the client. */
    public String detail() {
        return getMessage();
    }
}
