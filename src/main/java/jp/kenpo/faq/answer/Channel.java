package jp.kenpo.faq.answer;

/** Where a question came from, for metrics. */
public enum Channel {
    /** the REST API called directly */
    API,
    /** the website chat widget */
    WIDGET,
    /** the LINE bot */
    LINE;

    /** The value of the {@code X-Kenpo-Channel} header a client may send; anything else is the plain API. */
    public static Channel fromHeader(String header) {
        return "widget".equalsIgnoreCase(header == null ? "" : header.strip()) ? WIDGET : API;
    }
}
