package jp.kenpo.faq.answer;

import java.util.Locale;

/** Where a question came from, for metrics. */
public enum Channel {
    /** the REST API called directly */
    API,
    /** the website chat widget */
    WIDGET,
    /** the LINE bot */
    LINE,
    /** the call-centre agent console: an agent looking up a caller's question, not a member asking */
    AGENT;

    /**
     * The value of the {@code X-Kenpo-Channel} header a client may send: {@code widget} or {@code agent}; anything
     * else is the plain API. LINE is never taken from a header: its questions arrive only through the webhook.
     */
    public static Channel fromHeader(String header) {
        return switch (header == null ? "" : header.strip().toLowerCase(Locale.ROOT)) {
            case "widget" -> WIDGET;
            case "agent" -> AGENT;
            default -> API;
        };
    }
}
