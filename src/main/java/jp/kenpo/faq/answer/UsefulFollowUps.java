package jp.kenpo.faq.answer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.DeliveryMethod;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.FollowUps;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Personalization;

/**
 * The follow-up questions worth asking about an answered item: those for the facts its verdicts wait on, except a
 * fact the member already said they do not know, and except a question whose every answer (わからない aside) would
 * lead to the same final verdicts for the item — the rules are run once per answer to see. While other facts are
 * still missing after an answer, the question is asked: it may matter together with them.
 */
final class UsefulFollowUps {

    /** What the member would be told about the item: if this does not change, the question changes nothing. */
    private record Verdict(
            boolean fits,
            Set<String> statements,
            Set<Fact> stillMissing,
            LocalDate referenceDate,
            Boolean noticeTarget,
            DeliveryMethod delivery,
            Boolean copayRatioPrinted,
            Integer copayRatio,
            Boolean canUseMynaCard,
            Boolean laterNotice) {}

    private final Personalization personalization;
    private final Relevance relevance;

    UsefulFollowUps(Personalization personalization, Relevance relevance) {
        this.personalization = personalization;
        this.relevance = relevance;
    }

    List<FollowUp> forItem(FaqId item, MemberFacts member, LocalDate asOf, Assessment assessment) {
        List<Fact> missing = relevance.missingFor(item, assessment.missingFacts()).stream()
                .filter(fact -> !member.getUnknownFacts().contains(fact))
                .toList();
        return FollowUps.forFacts(missing, assessment).stream()
                .filter(question -> changesSomething(item, member, asOf, question))
                .toList();
    }

    private boolean changesSomething(FaqId item, MemberFacts member, LocalDate asOf, FollowUp question) {
        Fact fact = Fact.byKey(question.fact()).orElseThrow();
        Set<Verdict> verdicts = new HashSet<>();
        for (FollowUp.Option option : question.options()) {
            if (Fact.UNKNOWN.equals(option.value())) {
                continue;
            }
            Object value =
                    option.value() == null ? null : fact.parse(option.value().toString());
            MemberFacts answered = member.toBuilder().set(fact, value).build();
            Verdict verdict = verdict(item, personalization.assess(answered, asOf));
            verdicts.add(verdict);
            // with other facts still missing this one may matter in combination with them: ask it
            if (verdicts.size() > 1 || !verdict.stillMissing().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private Verdict verdict(FaqId item, Assessment a) {
        return new Verdict(
                !a.doesNotFit(item.toString()),
                Set.copyOf(relevance.explanationsFor(item, a.explanations()).stream()
                        .map(Explanation::code)
                        .toList()),
                Set.copyOf(relevance.missingFor(item, a.missingFacts())),
                a.referenceDate(),
                a.noticeTarget(),
                a.delivery(),
                a.copayRatioPrinted(),
                a.copayRatio(),
                a.canUseMynaCard(),
                a.laterNoticeWithoutDigits());
    }
}
