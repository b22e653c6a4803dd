package jp.kenpo.faq.personalization;

/** Whether a later notice without the last four digits is to come (5-2…5-5). A rule result. */
public final class LaterNotice {

    private final boolean expected;

    public LaterNotice(boolean expected) {
        this.expected = expected;
    }

    public boolean isExpected() {
        return expected;
    }
}
