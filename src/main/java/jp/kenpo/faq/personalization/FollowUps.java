package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Wording.date;
import static jp.kenpo.faq.personalization.Wording.eraDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns missing facts into questions with answer buttons. A date is asked as "on or before / after" the
 * boundary that matters, and the button's value is a date on the right side of it, so the answer becomes
 * a fact the rules can use. Questions whose boundary depends on the scheme wait until the scheme is known. Every
 * question has a 「わからない」 option whose value is {@link Fact#UNKNOWN}.
 */
public final class FollowUps {

    /** The label of the option for a member who does not know the answer. */
    public static final String DONT_KNOW = "わからない";

    private FollowUps() {}

    /** The questions for these facts, in order; facts that cannot be asked yet are left out. */
    public static List<FollowUp> forFacts(List<Fact> facts, Assessment assessment) {
        List<FollowUp> questions = new ArrayList<>();
        for (Fact fact : facts) {
            question(fact, assessment).ifPresent(questions::add);
        }
        return questions;
    }

    private static Optional<FollowUp> question(Fact fact, Assessment assessment) {
        LocalDate reference = assessment.referenceDate();
        return switch (fact) {
            case SCHEME ->
                Optional.of(ask(
                        fact,
                        "ご加入の制度を教えてください。",
                        option("会社にお勤めの方とご家族", Scheme.REGULAR.name()),
                        option("任意継続の方とご家族", Scheme.VOLUNTARY_CONTINUATION.name()),
                        option("特例退職の方とご家族", Scheme.SPECIAL_RETIREMENT.name())));
            case INSURED_TYPE ->
                Optional.of(ask(
                        fact,
                        "被保険者ご本人ですか、それとも被扶養者（ご家族）ですか？",
                        option("被保険者（本人）", InsuredType.INSURED.name()),
                        option("被扶養者（家族）", InsuredType.DEPENDENT.name())));
            case EMPLOYER ->
                Optional.of(new FollowUp(fact.key(), "お勤め先を教えてください（被扶養者の方は被保険者のお勤め先です）。", withDontKnow(generic(fact))));
            case QUALIFICATION_ACQUIRED_ON ->
                reference == null
                        ? Optional.empty()
                        : Optional.of(ask(
                                fact,
                                "当健保組合に加入されたのはいつですか？",
                                option(date(reference) + "以前", reference.toString()),
                                option(
                                        date(reference.plusDays(1)) + "以降",
                                        reference.plusDays(1).toString())));
            case QUALIFICATION_LOST_ON ->
                reference == null
                        ? Optional.empty()
                        : Optional.of(ask(
                                fact,
                                "現在も当健保組合に加入されていますか？（退職等で資格を喪失された場合は、喪失日を教えてください）",
                                option("現在も加入している", null),
                                option("喪失日が" + date(reference) + "以前", reference.toString()),
                                option(
                                        "喪失日が" + date(reference.plusDays(1)) + "以降",
                                        reference.plusDays(1).toString())));
            case MY_NUMBER_REGISTERED_ON ->
                reference == null
                        ? Optional.empty()
                        : Optional.of(ask(
                                fact,
                                "当健保組合へのマイナンバーの登録はいつ完了しましたか？",
                                option(date(reference) + "までに登録", reference.toString()),
                                option(
                                        date(reference.plusDays(1)) + "以降に登録",
                                        reference.plusDays(1).toString()),
                                option("まだ登録していない", null)));
            case MYNA_CARD_INSURANCE_REGISTERED ->
                Optional.of(ask(fact, "マイナンバーカードの健康保険証としての利用登録はお済みですか？", option("済んでいる", true), option("まだ", false)));
            case BIRTH_DATE ->
                Optional.ofNullable(assessment.elderlyBirthLimit())
                        .map(limit -> ask(
                                fact,
                                "お生まれはいつですか？",
                                option(eraDate(limit) + "以前", limit.toString()),
                                option(
                                        eraDate(limit.plusDays(1)) + "以降",
                                        limit.plusDays(1).toString())));
            case ELDERLY_CERTIFICATE_RATIO ->
                reference == null
                        ? Optional.empty()
                        : Optional.of(new FollowUp(
                                fact.key(),
                                date(reference) + "時点でお持ちだった「高齢受給者証」の負担割合を教えてください。",
                                withDontKnow(
                                        Stream.concat(generic(fact).stream(), Stream.of(option("交付されていなかった", null)))
                                                .toList())));
        };
    }

    private static FollowUp ask(Fact fact, String question, FollowUp.Option... options) {
        return new FollowUp(fact.key(), question, withDontKnow(List.of(options)));
    }

    /** Every question can be answered 「わからない」: the rules then name what is unknown instead of guessing. */
    private static List<FollowUp.Option> withDontKnow(List<FollowUp.Option> options) {
        return Stream.concat(options.stream(), Stream.of(option(DONT_KNOW, Fact.UNKNOWN)))
                .toList();
    }

    /** A button per value, labelled with the fact table's Japanese names (where no kinder wording fits better). */
    private static List<FollowUp.Option> generic(Fact fact) {
        return fact.options().stream().map(o -> option(o.label(), o.value())).toList();
    }

    private static FollowUp.Option option(String label, Object value) {
        return new FollowUp.Option(label, value);
    }
}
