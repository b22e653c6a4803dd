package jp.kenpo.faq.personalization;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a typed reply to a follow-up question as one of its options, for members who type 「会社員です」 or 「2010年から加入」
 * instead of tapping a button. Only a reply that names one option is read: anything ambiguous (「2024年」 against a
 * boundary inside 2024, two options named) is left to the buttons, because a wrong guess would give a wrong verdict.
 *
 * <p>What is read, in order: 「わからない」 and its kin; a date, placed on its side of the question's boundary; an option's
 * own label (the longest one named); for a yes/no question, a negation or an affirmation; and the everyday words for
 * the values of the facts asked about (会社員 for the employed, 家族 for a dependant).
 */
public final class FollowUpReply {

    private static final Pattern DECORATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern DONT_KNOW =
            Pattern.compile("(わから|分から|判ら|わかりません|分かりません|不明|知らな|知りません|しらな|覚えてな|覚えていな|忘れ|どちらか|どっちか)");
    /** Polite endings that carry no answer: 「会社員です」 answers as 「会社員」 does. */
    private static final Pattern ENDING = Pattern.compile("(です|でした|でございます|になります|だと思います|と思います|だった|だ|ですね|ですよ|かな)+$");

    private static final Pattern NEGATION = Pattern.compile("(ない|ません|まだ|未|いいえ|していな|してな)");
    private static final Pattern AFFIRMATION = Pattern.compile("(はい|済|すみ|した|しました|している|しています|してる|完了|終わ|おわ|ok|うん)");
    /** Employed members say what they are, not the scheme's name; retired members name their scheme. */
    private static final Map<Object, Pattern> EVERYDAY_WORDS = Map.of(
            Scheme.REGULAR.name(), Pattern.compile("(会社員|社員|勤め|勤務|在職|サラリーマン|働いて|就業|一般)"),
            Scheme.VOLUNTARY_CONTINUATION.name(), Pattern.compile("(任意継続|任継|任意)"),
            Scheme.SPECIAL_RETIREMENT.name(), Pattern.compile("(特例退職|特退|特例)"),
            InsuredType.INSURED.name(), Pattern.compile("(本人|被保険者|自分)"),
            InsuredType.DEPENDENT.name(), Pattern.compile("(家族|扶養|配偶者|妻|夫|主人|嫁|子供|子ども|こども|息子|娘|父|母|親)"));
    /** For a date that may be absent (「現在も加入している」, 「まだ登録していない」): the words that choose the absence. */
    private static final Pattern STILL_ENROLLED = Pattern.compile("(加入して|加入中|在職中|加入しています|続けて|辞めていな|やめていな|退職していな)");

    private FollowUpReply() {}

    /** The option a typed reply names, or empty when it names none or more than one. */
    public static Optional<FollowUp.Option> read(FollowUp question, String reply) {
        Optional<Fact> fact = Fact.byKey(question.fact());
        if (fact.isEmpty() || reply == null) {
            return Optional.empty();
        }
        String plain = plain(reply);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        List<FollowUp.Option> options = question.options();
        if (DONT_KNOW.matcher(plain).find()) {
            return options.stream().filter(o -> Fact.UNKNOWN.equals(o.value())).findFirst();
        }
        List<FollowUp.Option> answers =
                options.stream().filter(o -> !Fact.UNKNOWN.equals(o.value())).toList();
        return switch (fact.get().kind()) {
            case DATE -> date(answers, plain, reply);
            case BOOLEAN -> yesNo(answers, plain);
            default -> named(answers, plain);
        };
    }

    private static Optional<FollowUp.Option> date(List<FollowUp.Option> options, String plain, String reply) {
        Optional<TypedDate> typed = TypedDate.read(reply);
        if (typed.isEmpty()) {
            // 「加入しています」 or 「まだ登録していない」: the option without a date
            Optional<FollowUp.Option> none =
                    options.stream().filter(o -> o.value() == null).findFirst();
            boolean choosesNone = STILL_ENROLLED.matcher(plain).find()
                    || (NEGATION.matcher(plain).find() && !plain.contains("喪失") && !plain.contains("退職"));
            return choosesNone ? none : Optional.empty();
        }
        // the options are one side or the other of a boundary: "on or before d" and "on or after d + 1"
        List<LocalDate> sides = options.stream()
                .filter(o -> o.value() != null)
                .map(o -> LocalDate.parse(o.value().toString()))
                .sorted()
                .toList();
        if (sides.size() != 2) {
            return Optional.empty();
        }
        LocalDate chosen = typed.get().allOnOrBefore(sides.get(0))
                ? sides.get(0)
                : typed.get().allOnOrAfter(sides.get(1)) ? sides.get(1) : null;
        return chosen == null
                ? Optional.empty()
                : options.stream()
                        .filter(o -> chosen.toString().equals(String.valueOf(o.value())))
                        .findFirst();
    }

    private static Optional<FollowUp.Option> yesNo(List<FollowUp.Option> options, String plain) {
        // 「済んでいない」 holds an affirmation inside a negation: the negation decides
        Object value = NEGATION.matcher(plain).find()
                ? Boolean.FALSE
                : AFFIRMATION.matcher(plain).find() ? Boolean.TRUE : null;
        return options.stream()
                .filter(o -> value != null && value.equals(o.value()))
                .findFirst();
    }

    private static Optional<FollowUp.Option> named(List<FollowUp.Option> options, String plain) {
        String answer = ENDING.matcher(plain).replaceAll("");
        Optional<FollowUp.Option> byLabel = byLabel(options, answer);
        if (byLabel.isPresent()) {
            return byLabel;
        }
        // 「PGF」 for 「PGF生命」, 「本人」 for 「被保険者（本人）」: part of one label only
        Optional<FollowUp.Option> partOfLabel = only(options.stream()
                .filter(o -> answer.length() >= 2 && label(o).contains(answer))
                .toList());
        if (partOfLabel.isPresent()) {
            return partOfLabel;
        }
        Optional<FollowUp.Option> everyday = only(options.stream()
                .filter(o -> EVERYDAY_WORDS.containsKey(String.valueOf(o.value())))
                .filter(o -> EVERYDAY_WORDS
                        .get(String.valueOf(o.value()))
                        .matcher(answer)
                        .find())
                .toList());
        if (everyday.isPresent()) {
            return everyday;
        }
        // 「持っていない」 for a 高齢受給者証 that was never issued: the option whose value is none
        return NEGATION.matcher(answer).find()
                ? options.stream().filter(o -> o.value() == null).findFirst()
                : Optional.empty();
    }

    private static Optional<FollowUp.Option> only(List<FollowUp.Option> options) {
        return options.size() == 1 ? Optional.of(options.get(0)) : Optional.empty();
    }

    /** The option whose label the reply names, the longest where one contains another (ジブラルタ生命労働組合). */
    private static Optional<FollowUp.Option> byLabel(List<FollowUp.Option> options, String answer) {
        List<FollowUp.Option> named = options.stream()
                .filter(o -> {
                    String label = label(o);
                    return label.length() >= 2
                            && (answer.contains(label) || (answer.length() >= 2 && label.equals(answer)));
                })
                .sorted(Comparator.comparingInt((FollowUp.Option o) -> label(o).length())
                        .reversed())
                .toList();
        if (named.isEmpty()) {
            return Optional.empty();
        }
        boolean tie = named.size() > 1
                && label(named.get(1)).length() == label(named.get(0)).length();
        return tie ? Optional.empty() : Optional.of(named.get(0));
    }

    /** A label as a reply would name it: 「株式会社CLIS」 is named 「CLIS」, 「2割」 as typed. */
    private static String label(FollowUp.Option option) {
        return plain(option.label()).replace("株式会社", "");
    }

    private static String plain(String text) {
        return DECORATION
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }
}
