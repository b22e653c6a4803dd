package jp.kenpo.faq.channel.line;

/** The webhook was called but no channel secret is configured. */
public class LineChannelDisabledException extends RuntimeException {

    public LineChannelDisabledException() {
        super("the LINE channel is not configured");
    }
}
