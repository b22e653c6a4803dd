package jp.kenpo.faq.api;

import com.fasterxml.jackson.databind.JsonNode;
import jp.kenpo.faq.personalization.Employer;
import jp.kenpo.faq.personalization.InsuredType;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Scheme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the {@code member} object of a request. A key that is absent is unknown; a key given as null is
 * stated (for 資格喪失日, マイナンバー登録日 and the 高齢受給者証 ratio, null has a meaning). Errors name the field
 * and never repeat its value: these are personal data.
 */
final class MemberFactsReader {

    private final List<Problem.FieldError> errors = new ArrayList<>();
    private final JsonNode member;

    private MemberFactsReader(JsonNode member) {
        this.member = member;
    }

    /** @throws InvalidFieldsException naming every bad field */
    static Optional<MemberFacts> read(JsonNode member) {
        if (member == null || member.isNull() || member.isMissingNode()) {
            return Optional.empty();
        }
        if (!member.isObject()) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("member", "must be an object")));
        }
        return Optional.of(new MemberFactsReader(member).facts());
    }

    private MemberFacts facts() {
        MemberFacts.Builder b = MemberFacts.builder();
        enumValue("insuredType", InsuredType.class, b::insuredType);
        enumValue("scheme", Scheme.class, b::scheme);
        enumValue("employer", Employer.class, b::employer);
        date("qualificationAcquiredOn", b::qualificationAcquiredOn);
        date("qualificationLostOn", b::qualificationLostOn);
        date("myNumberRegisteredOn", b::myNumberRegisteredOn);
        date("birthDate", b::birthDate);
        if (present("mynaCardInsuranceRegistered")) {
            JsonNode value = member.get("mynaCardInsuranceRegistered");
            if (value.isBoolean() || value.isNull()) {
                b.mynaCardInsuranceRegistered(value.isNull() ? null : value.booleanValue());
            } else {
                error("mynaCardInsuranceRegistered", "must be true or false");
            }
        }
        if (present("elderlyCertificateRatio")) {
            JsonNode value = member.get("elderlyCertificateRatio");
            if (value.isNull() || value.isIntegralNumber() && (value.intValue() == 2 || value.intValue() == 3)) {
                b.elderlyCertificateRatio(value.isNull() ? null : value.intValue());
            } else {
                error("elderlyCertificateRatio", "must be 2, 3 or null");
            }
        }
        MemberFacts facts = b.build();
        checkConsistency(facts);
        if (!errors.isEmpty()) {
            throw new InvalidFieldsException(errors);
        }
        return facts;
    }

    private void checkConsistency(MemberFacts facts) {
        LocalDate acquired = facts.getQualificationAcquiredOn();
        if (acquired != null && facts.getQualificationLostOn() != null && facts.getQualificationLostOn().isBefore(acquired)) {
            error("qualificationLostOn", "must not be before qualificationAcquiredOn");
        }
        if (acquired != null && facts.getBirthDate() != null && facts.getBirthDate().isAfter(acquired)) {
            error("birthDate", "must not be after qualificationAcquiredOn");
        }
    }

    private <E extends Enum<E>> void enumValue(String key, Class<E> type, Consumer<E> set) {
        if (!present(key) || member.get(key).isNull()) {
            return;
        }
        JsonNode value = member.get(key);
        try {
            if (!value.isTextual()) {
                throw new IllegalArgumentException();
            }
            set.accept(Enum.valueOf(type, value.textValue()));
        } catch (IllegalArgumentException e) {
            error(key, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private void date(String key, Consumer<LocalDate> set) {
        if (!present(key)) {
            return;
        }
        JsonNode value = member.get(key);
        if (value.isNull()) {
            set.accept(null);
            return;
        }
        try {
            if (!value.isTextual()) {
                throw new DateTimeParseException("not text", "", 0);
            }
            set.accept(LocalDate.parse(value.textValue()));
        } catch (DateTimeParseException e) {
            error(key, "must be a date in the form YYYY-MM-DD");
        }
    }

    private boolean present(String key) {
        return member.has(key);
    }

    private void error(String key, String message) {
        errors.add(new Problem.FieldError("member." + key, message));
    }
}
