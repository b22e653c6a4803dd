package jp.kenpo.faq.channel.widget;

import jp.kenpo.faq.problem.ProblemException;

/** A version of the widget's code was asked for that this server does not have (404). */
public class UnknownWidgetVersionException extends ProblemException {

    /** A name this long is cut when echoed: it came from the client and may be anything. */
    private static final int MAX_ECHO = 40;

    public UnknownWidgetVersionException(String requested) {
        super(404, "Unknown widget version", "There is no widget script '" + shortened(requested) + "'.");
    }

    private static String shortened(String name) {
        return name.length() > MAX_ECHO ? name.substring(0, MAX_ECHO) + "…" : name;
    }
}
