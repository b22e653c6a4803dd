package jp.kenpo.faq.personalization;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table of member facts, in the order they are best asked for: each fact's JSON key, its name in
 * Japanese, its kind and the values it takes. The JSON binding, the LINE postbacks, the follow-up questions and
 * the agent console (through {@code GET /api/v1/facts}) all derive from it.
 */
public enum Fact {
    SCHEME("scheme", "加入制度", Scheme.class),
    INSURED_TYPE("insuredType", "被保険者／被扶養者", InsuredType.class),
    EMPLOYER("employer", "勤務先", Employer.class),
    QUALIFICATION_ACQUIRED_ON("qualificationAcquiredOn", "資格取得日", Kind.DATE, null),
    /** A stated null: still enrolled. */
    QUALIFICATION_LOST_ON("qualificationLostOn", "資格喪失日", Kind.DATE, "加入中"),
    /** A stated null: never registered. */
    MY_NUMBER_REGISTERED_ON("myNumberRegisteredOn", "マイナンバー登録日", Kind.DATE, "未登録"),
    MYNA_CARD_INSURANCE_REGISTERED(
            "mynaCardInsuranceRegistered",
            "マイナ保険証の利用登録",
            Kind.BOOLEAN,
            null,
            new Option(true, "済"),
            new Option(false, "未")),
    BIRTH_DATE("birthDate", "生年月日", Kind.DATE, null),
    /** A stated null: no 高齢受給者証. */
    ELDERLY_CERTIFICATE_RATIO(
            "elderlyCertificateRatio", "高齢受給者証の負担割合", Kind.RATIO, "交付なし", new Option(2, "2割"), new Option(3, "3割"));

    /** How a fact's value is written in JSON. */
    public enum Kind {
        /** one of named values, written as the name */
        ENUM,
        /** an ISO date, YYYY-MM-DD */
        DATE,
        /** true or false */
        BOOLEAN,
        /** a 負担割合 in tenths, one of the options */
        RATIO
    }

    /**
     * A value the fact can take.
     *
     * @param value as written in JSON (a name, true/false, a number)
     * @param label its name in Japanese
     */
    public record Option(Object value, String label) {}

    /**
     * The value of any fact for "the member does not know" (a follow-up's 「わからない」). Not a guess: the rules name
     * what is unknown and send the member to the contact desk (4-1) instead of deciding.
     */
    public static final String UNKNOWN = "UNKNOWN";

    private static final Map<String, Fact> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Fact::key, Function.identity()));

    private final String key;
    private final String label;
    private final Kind kind;
    private final String nullMeans;
    private final List<Option> options;
    private final List<? extends Enum<?>> constants;

    Fact(String key, String label, Class<? extends Enum<?>> type) {
        this(key, label, Kind.ENUM, null, type.getEnumConstants());
    }

    Fact(String key, String label, Kind kind, String nullMeans, Option... options) {
        this(key, label, kind, nullMeans, new Enum<?>[0], options);
    }

    Fact(String key, String label, Kind kind, String nullMeans, Enum<?>[] constants, Option... options) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.nullMeans = nullMeans;
        this.constants = List.of(constants);
        this.options = constants.length == 0
                ? List.of(options)
                : this.constants.stream()
                        .map(c -> new Option(c.name(), ((JapaneseNamed) c).japaneseName()))
                        .toList();
    }

    /** The fact with this JSON key. */
    public static Optional<Fact> byKey(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    /** The JSON key, e.g. {@code qualificationLostOn}. */
    public String key() {
        return key;
    }

    /** The fact's name in Japanese, e.g. 資格喪失日. */
    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The values the fact takes, with their Japanese names; empty for dates. */
    public List<Option> options() {
        return options;
    }

    /** What a stated null means (e.g. 加入中), or null where null only means unknown. */
    public String nullMeans() {
        return nullMeans;
    }

    /** What a valid value looks like, for error messages (never repeating the value given). */
    public String requirement() {
        return switch (kind) {
            case ENUM -> "must be one of " + constants;
            case DATE -> "must be a date in the form YYYY-MM-DD";
            case BOOLEAN -> "must be true or false";
            case RATIO ->
                "must be " + options.stream().map(o -> o.value().toString()).collect(Collectors.joining(", "))
                        + " or null";
        };
    }

    /**
     * Reads a value from its JSON text: the enum name, the ISO date, {@code true}, {@code 2}… or {@link #UNKNOWN}.
     *
     * @return the value as {@link MemberFacts} holds it (an enum constant, a LocalDate, a Boolean, an Integer)
     * @throws IllegalArgumentException when the text is not a value of this fact
     */
    public Object parse(String text) {
        if (UNKNOWN.equals(text)) {
            return UNKNOWN;
        }
        return switch (kind) {
            case ENUM ->
                constants.stream()
                        .filter(c -> c.name().equals(text))
                        .findFirst()
                        .orElseThrow(() -> invalid());
            case DATE -> date(text);
            case BOOLEAN, RATIO ->
                options.stream()
                        .map(Option::value)
                        .filter(v -> v.toString().equals(text))
                        .findFirst()
                        .orElseThrow(() -> invalid());
        };
    }

    /** A value as written in JSON, the inverse of {@link #parse}: a name, an ISO date, a Boolean, an Integer or null. */
    public Object json(Object value) {
        return value instanceof Enum<?> e ? e.name() : value instanceof LocalDate d ? d.toString() : value;
    }

    /** Whether a value (as MemberFacts holds it) belongs to this fact; null is any fact's "not known" or "none". */
    boolean accepts(Object value) {
        return value == null
                || UNKNOWN.equals(value)
                || switch (kind) {
                    case ENUM -> constants.contains(value);
                    case DATE -> value instanceof LocalDate;
                    case BOOLEAN, RATIO ->
                        options.stream().anyMatch(o -> o.value().equals(value));
                };
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an ISO date");
        }
    }

    private IllegalArgumentException invalid() {
        return new IllegalArgumentException(key + " " + requirement());
    }
}
