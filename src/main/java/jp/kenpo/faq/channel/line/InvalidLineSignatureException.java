package jp.kenpo.faq.channel.line;

/** The webhook request is not signed with the channel secret: it is not from LINE. */
public class InvalidLineSignatureException extends RuntimeException {

    public InvalidLineSignatureException(String reason) {
        super(reason);
    }
}
