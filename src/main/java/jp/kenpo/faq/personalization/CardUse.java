package jp.kenpo.faq.personalization;

/** Whether the member can use the My Number card as health insurance card (1-3, 5-6). A rule result. */
public final class CardUse {

    private final boolean usable;

    public CardUse(boolean usable) {
        this.usable = usable;
    }

    public boolean isUsable() {
        return usable;
    }
}
