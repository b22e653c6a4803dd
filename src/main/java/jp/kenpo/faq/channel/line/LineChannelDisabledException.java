package jp.kenpo.faq.channel.line;

import jp.kenpo.faq.problem.ProblemException;

/** The webhook was called but no channel secret is configured (503). */
public class LineChannelDisabledException extends ProblemException {

    public LineChannelDisabledException() {
        super(503, "LINE channel not configured", "Set KENPO_LINE_CHANNEL_SECRET to enable the webhook.");
    }
}
