package jp.kenpo.faq.channel.line;

import jp.kenpo.faq.problem.ProblemException;

/**
 * The webhook request is not signed with the channel secret: it is not from LINE (401). The client is not told
 * why (missing, not Base64, no match): that would help whoever forges requests.
 */
public class InvalidLineSignatureException extends ProblemException {

    public InvalidLineSignatureException() {
        super(401, "Invalid signature", "The request is not signed with the channel secret.");
    }
}
