package jp.kenpo.faq.channel.line;

import jp.kenpo.faq.personalization.Employer;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.InsuredType;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Scheme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a quick-reply button carries, so the conversation needs no server-side state: the FAQ item and the
 * facts the member has answered so far, e.g. {@code i=5-2&s=V&m=20240915}. Compact, well under LINE's 300
 * characters even with every fact: short keys, enum ordinals, basic ISO dates, {@code n} for a stated null.
 *
 * @param itemId the FAQ item the conversation is about
 * @param facts  fact key → value; a value of null means "stated as null"
 */
record PostbackData(String itemId, Map<Fact, Object> facts) {

    static final int MAX_LENGTH = 300;
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Map<Fact, String> KEYS = Map.of(Fact.SCHEME, "s", Fact.INSURED_TYPE, "t", Fact.EMPLOYER, "e",
            Fact.QUALIFICATION_ACQUIRED_ON, "a", Fact.QUALIFICATION_LOST_ON, "l", Fact.MY_NUMBER_REGISTERED_ON, "m",
            Fact.MYNA_CARD_INSURANCE_REGISTERED, "c", Fact.BIRTH_DATE, "b", Fact.ELDERLY_CERTIFICATE_RATIO, "r");

    /** The same conversation with one more answered fact (value as in the API's member facts, or null). */
    PostbackData with(Fact fact, Object value) {
        Map<Fact, Object> more = new LinkedHashMap<>(facts);
        more.put(fact, value);
        return new PostbackData(itemId, more);
    }

    String encode() {
        StringBuilder out = new StringBuilder("i=").append(itemId);
        facts.forEach((fact, value) -> out.append('&').append(KEYS.get(fact)).append('=').append(encodeValue(fact, value)));
        return out.toString();
    }

    /** @return empty when the data is not ours or is damaged */
    static Optional<PostbackData> decode(String data) {
        if (data == null || data.length() > MAX_LENGTH || !data.startsWith("i=")) {
            return Optional.empty();
        }
        try {
            String itemId = null;
            Map<Fact, Object> facts = new LinkedHashMap<>();
            for (String pair : data.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals("i")) {
                    itemId = kv[1];
                    continue;
                }
                Fact fact = KEYS.entrySet().stream().filter(e -> e.getValue().equals(kv[0])).map(Map.Entry::getKey)
                        .findFirst().orElseThrow();
                facts.put(fact, decodeValue(fact, kv[1]));
            }
            return Optional.of(new PostbackData(itemId, facts));
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** The facts as the rules take them. */
    MemberFacts memberFacts() {
        MemberFacts.Builder b = MemberFacts.builder();
        facts.forEach((fact, value) -> {
            switch (fact) {
                case SCHEME -> b.scheme(Scheme.valueOf((String) value));
                case INSURED_TYPE -> b.insuredType(InsuredType.valueOf((String) value));
                case EMPLOYER -> b.employer(Employer.valueOf((String) value));
                case QUALIFICATION_ACQUIRED_ON -> b.qualificationAcquiredOn(date(value));
                case QUALIFICATION_LOST_ON -> b.qualificationLostOn(date(value));
                case MY_NUMBER_REGISTERED_ON -> b.myNumberRegisteredOn(date(value));
                case MYNA_CARD_INSURANCE_REGISTERED -> b.mynaCardInsuranceRegistered((Boolean) value);
                case BIRTH_DATE -> b.birthDate(date(value));
                case ELDERLY_CERTIFICATE_RATIO -> b.elderlyCertificateRatio((Integer) value);
            }
        });
        return b.build();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }

    private static String encodeValue(Fact fact, Object value) {
        if (value == null) {
            return "n";
        }
        return switch (fact) {
            case SCHEME -> String.valueOf(Scheme.valueOf((String) value).ordinal());
            case INSURED_TYPE -> String.valueOf(InsuredType.valueOf((String) value).ordinal());
            case EMPLOYER -> String.valueOf(Employer.valueOf((String) value).ordinal());
            case MYNA_CARD_INSURANCE_REGISTERED -> ((Boolean) value) ? "1" : "0";
            case ELDERLY_CERTIFICATE_RATIO -> value.toString();
            default -> LocalDate.parse((String) value).format(BASIC);
        };
    }

    private static Object decodeValue(Fact fact, String text) {
        if (text.equals("n")) {
            return null;
        }
        return switch (fact) {
            case SCHEME -> Scheme.values()[Integer.parseInt(text)].name();
            case INSURED_TYPE -> InsuredType.values()[Integer.parseInt(text)].name();
            case EMPLOYER -> Employer.values()[Integer.parseInt(text)].name();
            case MYNA_CARD_INSURANCE_REGISTERED -> text.equals("1");
            case ELDERLY_CERTIFICATE_RATIO -> Integer.valueOf(text);
            default -> LocalDate.parse(text, BASIC).toString();
        };
    }
}
