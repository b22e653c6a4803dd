package jp.kenpo.faq.personalization;

import java.util.List;

/**
 * A fact the rules needed but were not told, with the items whose answer depends on it.
 * Inserted logically: it disappears when another finding makes it unnecessary.
 */
public final class MissingFact {

    private final Fact fact;
    private final List<String> faqIds;

    public MissingFact(Fact fact, String... faqIds) {
        this.fact = fact;
        this.faqIds = List.of(faqIds);
    }

    public Fact getFact() {
        return fact;
    }

    public List<String> getFaqIds() {
        return faqIds;
    }

    @Override
    public String toString() {
        return fact.key() + faqIds;
    }
}
