package jp.kenpo.faq.channel.line;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.faq.personalization.Fact;

/**
 * Reads quick-reply buttons sent before postbacks carried names: one-letter keys, enum ordinals, basic ISO
 * dates ({@code 20240914}), {@code n} for a stated null, e.g. {@code i=5-2&s=1&a=20240914}. Such buttons stay in
 * members' chats, so they are translated to today's form rather than refused. The ordinals are frozen here as
 * they were when those buttons were sent: they must not follow the enums. Can go once no such button is in use.
 */
final class LegacyPostback {

    private static final Map<String, Fact> KEYS = Map.of(
            "s",
            Fact.SCHEME,
            "t",
            Fact.INSURED_TYPE,
            "e",
            Fact.EMPLOYER,
            "a",
            Fact.QUALIFICATION_ACQUIRED_ON,
            "l",
            Fact.QUALIFICATION_LOST_ON,
            "m",
            Fact.MY_NUMBER_REGISTERED_ON,
            "c",
            Fact.MYNA_CARD_INSURANCE_REGISTERED,
            "b",
            Fact.BIRTH_DATE,
            "r",
            Fact.ELDERLY_CERTIFICATE_RATIO);
    private static final Map<Fact, List<String>> BY_ORDINAL = Map.of(
            Fact.SCHEME, List.of("REGULAR", "VOLUNTARY_CONTINUATION", "SPECIAL_RETIREMENT"),
            Fact.INSURED_TYPE, List.of("INSURED", "DEPENDENT"),
            Fact.EMPLOYER,
                    List.of(
                            "GIBRALTAR_LIFE",
                            "PGF_LIFE",
                            "CLIS",
                            "KYOEI_NENKIN_HOME",
                            "SANEI_SHUNO_SERVICE",
                            "PG_BUSINESS_SERVICE",
                            "GIBRALTAR_LIFE_UNION",
                            "PGI"));

    private LegacyPostback() {}

    /** Old buttons carry only one-letter keys; today's carry the facts' JSON keys. */
    static boolean isLegacy(Map<String, String> pairs) {
        return pairs.keySet().stream().anyMatch(KEYS::containsKey);
    }

    /**
     * @return fact key → value as today's postbacks write it
     * @throws RuntimeException for a key or value an old button never carried
     */
    static Map<String, String> translate(Map<String, String> pairs) {
        Map<String, String> answers = new LinkedHashMap<>();
        pairs.forEach((key, text) -> {
            Fact fact = KEYS.get(key);
            if (fact == null) {
                throw new IllegalArgumentException("not an old postback key");
            }
            answers.put(fact.key(), text.equals("n") ? "null" : value(fact, text));
        });
        return answers;
    }

    private static String value(Fact fact, String text) {
        return switch (fact.kind()) {
            case ENUM -> BY_ORDINAL.get(fact).get(Integer.parseInt(text));
            case DATE -> LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE).toString();
            case BOOLEAN ->
                switch (text) {
                    case "1" -> "true";
                    case "0" -> "false";
                    default -> throw new IllegalArgumentException("not an old boolean");
                };
            case RATIO -> text;
        };
    }
}
