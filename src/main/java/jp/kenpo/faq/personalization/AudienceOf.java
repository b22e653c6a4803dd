package jp.kenpo.faq.personalization;

import jp.kenpo.faq.faq.Audience;

/** Rule input: an FAQ item is written for this audience (one line of {@code faq-corpus/audiences.yaml}). */
public final class AudienceOf {

    private final String itemId;
    private final Audience audience;

    public AudienceOf(String itemId, Audience audience) {
        this.itemId = itemId;
        this.audience = audience;
    }

    public String getItemId() {
        return itemId;
    }

    public Audience getAudience() {
        return audience;
    }
}
