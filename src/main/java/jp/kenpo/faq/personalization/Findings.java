package jp.kenpo.faq.personalization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.kenpo.faq.faq.FaqId;

/** Reads the results the rules added to working memory into an {@link Assessment}. */
final class Findings {

    private final Collection<?> objects;

    Findings(Collection<?> objects) {
        this.objects = objects;
    }

    Assessment toAssessment(List<String> firedRules) {
        Optional<NoticeDecision> notice = one(NoticeDecision.class);
        Optional<CopayDecision> copay = one(CopayDecision.class);
        Optional<ReferenceDate> reference = one(ReferenceDate.class);
        return new Assessment(
                reference.map(ReferenceDate::getDate).orElse(null),
                reference.map(ReferenceDate::getElderlyBirthLimit).orElse(null),
                notice.map(NoticeDecision::isTarget).orElse(null),
                notice.map(NoticeDecision::getReason).orElse(null),
                one(LaterNotice.class).map(LaterNotice::isExpected).orElse(null),
                one(Delivery.class).map(Delivery::getMethod).orElse(null),
                copay.map(CopayDecision::isPrinted).orElse(null),
                copay.map(CopayDecision::getRatio).orElse(null),
                one(CardUse.class).map(CardUse::isUsable).orElse(null),
                explanations(),
                missingFacts(),
                all(ItemFit.class).stream()
                        .sorted(Comparator.comparing((ItemFit f) -> FaqId.parse(f.itemId()))
                                .thenComparing(ItemFit::audience))
                        .toList(),
                List.copyOf(firedRules));
    }

    /**
     * Explanations in FAQ order, so that the member reads them as the FAQ is laid out, the day's current state first;
     * one statement concluded by several rules (the same code and text) is given once, citing all their items.
     */
    private List<Explanation> explanations() {
        Map<String, Explanation> merged = new java.util.LinkedHashMap<>();
        for (Explanation e : all(Explanation.class)) {
            merged.merge(
                    e.code() + '\n' + e.text(),
                    e,
                    (a, b) -> new Explanation(
                            a.code(),
                            a.text(),
                            java.util.stream.Stream.concat(a.faqIds().stream(), b.faqIds().stream())
                                    .distinct()
                                    .sorted(Comparator.comparing(FaqId::parse))
                                    .toList(),
                            a.scope()));
        }
        return merged.values().stream()
                .sorted(Comparator.comparing(Explanation::scope)
                        .thenComparing((Explanation e) -> FaqId.parse(e.faqIds().get(0)))
                        .thenComparing(Explanation::code))
                .toList();
    }

    /** One entry per fact, in the order to ask, with every item that depends on it. */
    private List<MissingFact> missingFacts() {
        Map<Fact, Set<String>> byFact = new EnumMap<>(Fact.class);
        for (MissingFact missing : all(MissingFact.class)) {
            byFact.computeIfAbsent(missing.getFact(), f -> new LinkedHashSet<>())
                    .addAll(missing.getFaqIds());
        }
        List<MissingFact> merged = new ArrayList<>();
        byFact.forEach((fact, ids) -> merged.add(new MissingFact(
                fact, ids.stream().sorted(Comparator.comparing(FaqId::parse)).toArray(String[]::new))));
        return merged;
    }

    private <T> Optional<T> one(Class<T> type) {
        List<T> found = all(type);
        if (found.size() > 1) {
            throw new IllegalStateException(
                    "rules concluded " + found.size() + " " + type.getSimpleName() + " results");
        }
        return found.stream().findFirst();
    }

    private <T> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
