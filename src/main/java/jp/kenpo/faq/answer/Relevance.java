package jp.kenpo.faq.answer;

import java.util.List;
import java.util.Set;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.MissingFact;

/** Which findings belong with an answered item: those citing it (or its category), or asking for its facts. */
final class Relevance {

    private final FaqCorpus corpus;

    Relevance(FaqCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * The day's statements citing the item itself (they correct what its text says about a date), then the member's
     * statements citing an item of the same category (5-x with 5-2, 6-x with 6-1, …).
     */
    List<Explanation> explanationsFor(FaqId answered, List<Explanation> explanations) {
        String id = answered.toString();
        String category = corpus.find(answered).map(FaqItem::category).orElse("");
        return explanations.stream()
                .filter(e -> e.isDay()
                        ? e.faqIds().contains(id)
                        : e.faqIds().stream()
                                .flatMap(cited -> corpus.find(FaqId.parse(cited)).stream())
                                .anyMatch(cited -> cited.category().equals(category)))
                .toList();
    }

    /** Facts missing for the answered item itself (or an item giving the same answer). */
    List<Fact> missingFor(FaqId answered, List<MissingFact> missing) {
        Set<FaqId> sameAnswer = corpus.answerGroupOf(answered);
        return missing.stream()
                .filter(m -> m.getFaqIds().stream().map(FaqId::parse).anyMatch(sameAnswer::contains))
                .map(MissingFact::getFact)
                .toList();
    }
}
