package jp.kenpo.faq.channel.line;

import jp.kenpo.faq.problem.ProblemException;

/** The webhook request is not signed with the channel secret: it is not from LINE (401). */
public class InvalidLineSignatureException extends ProblemException {

    private final String reason;

    /** @param reason why the signature was refused; the client is told only that it is invalid */
    public InvalidLineSignatureException(String reason) {
        super(401, "Invalid signature", "The request is not signed with the channel secret.");
        this.reason = reason;
    }

    /** Why the signature was refused (missing, not Base64, no match). */
    public String reason() {
        return reason;
    }
}
