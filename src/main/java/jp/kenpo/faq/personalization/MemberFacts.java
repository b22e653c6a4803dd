package jp.kenpo.faq.personalization;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a member told us about their enrollment: the input fact of the rules, and the {@code member} object of the
 * API, bound by Jackson through its {@link Builder}. A fact not stated is unknown; for the facts whose
 * {@link Fact#nullMeans()} is set a stated null means something (資格喪失日 null: still enrolled; マイナンバー登録日
 * null: never registered; 高齢受給者証 ratio null: no certificate). Immutable.
 */
@JsonDeserialize(builder = MemberFacts.Builder.class)
@Schema(
        description =
                "A member's facts, every key optional: absent = unknown. An explicit null states 'still enrolled' "
                        + "(qualificationLostOn), 'never registered' (myNumberRegisteredOn) or 'no certificate' (elderlyCertificateRatio); "
                        + "any other null = unknown. GET /api/v1/facts describes every key.")
public final class MemberFacts {

    /** Stated facts only; a value may be null where the fact gives null a meaning. */
    @Schema(hidden = true)
    private final Map<Fact, Object> values;

    /** Facts the member said they do not know ({@link Fact#UNKNOWN}); never in {@code values}. */
    @Schema(hidden = true)
    private final Set<Fact> unknown;

    private MemberFacts(Map<Fact, Object> values, Set<Fact> unknown) {
        this.values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Fact.class) : new EnumMap<>(values));
        this.unknown =
                Collections.unmodifiableSet(unknown.isEmpty() ? EnumSet.noneOf(Fact.class) : EnumSet.copyOf(unknown));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static MemberFacts none() {
        return builder().build();
    }

    /** The facts stated, in asking order, those the member does not know included. */
    public Set<Fact> stated() {
        if (unknown.isEmpty()) {
            return values.keySet();
        }
        Set<Fact> stated = EnumSet.copyOf(unknown);
        stated.addAll(values.keySet());
        return Collections.unmodifiableSet(stated);
    }

    /**
     * A stated fact's value as {@link Fact#parse} gives it (null: stated as null, or not stated; {@link Fact#UNKNOWN}
     * for a fact the member does not know).
     */
    public Object value(Fact fact) {
        return unknown.contains(fact) ? Fact.UNKNOWN : values.get(fact);
    }

    /** The facts the member said they do not know: the rules name them instead of guessing. */
    @Schema(hidden = true) // for the rules; in the API's member object such a fact is written "UNKNOWN"
    public Set<Fact> getUnknownFacts() {
        return unknown;
    }

    /** The same facts with one more stated (or restated). */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        b.unknown.addAll(unknown);
        return b;
    }

    /** 資格喪失日 was given, as a date or as null (still enrolled). */
    @Schema(hidden = true) // for the rules, not part of the API's member object
    public boolean isLostOnStated() {
        return values.containsKey(Fact.QUALIFICATION_LOST_ON);
    }

    /** マイナンバー登録日 was given, as a date or as null (never registered). */
    @Schema(hidden = true) // for the rules, not part of the API's member object
    public boolean isMyNumberStated() {
        return values.containsKey(Fact.MY_NUMBER_REGISTERED_ON);
    }

    /** The 高齢受給者証 ratio was given, as 2, 3 or null (no certificate). */
    @Schema(hidden = true) // for the rules, not part of the API's member object
    public boolean isRatioStated() {
        return values.containsKey(Fact.ELDERLY_CERTIFICATE_RATIO);
    }

    public InsuredType getInsuredType() {
        return (InsuredType) values.get(Fact.INSURED_TYPE);
    }

    public Scheme getScheme() {
        return (Scheme) values.get(Fact.SCHEME);
    }

    public Employer getEmployer() {
        return (Employer) values.get(Fact.EMPLOYER);
    }

    /** 資格取得日 */
    public LocalDate getQualificationAcquiredOn() {
        return (LocalDate) values.get(Fact.QUALIFICATION_ACQUIRED_ON);
    }

    /** 資格喪失日: the first day without coverage (the day after retirement); null while enrolled. */
    public LocalDate getQualificationLostOn() {
        return (LocalDate) values.get(Fact.QUALIFICATION_LOST_ON);
    }

    /** The day the society registered the member's My Number; null if never. */
    public LocalDate getMyNumberRegisteredOn() {
        return (LocalDate) values.get(Fact.MY_NUMBER_REGISTERED_ON);
    }

    /** マイナ保険証の利用登録 done. */
    public Boolean getMynaCardInsuranceRegistered() {
        return (Boolean) values.get(Fact.MYNA_CARD_INSURANCE_REGISTERED);
    }

    public LocalDate getBirthDate() {
        return (LocalDate) values.get(Fact.BIRTH_DATE);
    }

    /** 高齢受給者証の負担割合 (2 or 3), null without a certificate. */
    public Integer getElderlyCertificateRatio() {
        return (Integer) values.get(Fact.ELDERLY_CERTIFICATE_RATIO);
    }

    /** Deliberately without values: facts about a member never reach a log line. */
    @Override
    public String toString() {
        return "MemberFacts" + stated();
    }

    /**
     * Collects the stated facts; each setter takes the value as {@link Fact#parse} gives it (its type checked by
     * {@link #set}), or {@link Fact#UNKNOWN}. Jackson calls one method per key present in the JSON (with null for an explicit
     * null), each value read strictly by its {@link Fact}, unknown keys ignored, and then {@link #buildConsistent()}.
     */
    @JsonPOJOBuilder(withPrefix = "", buildMethodName = "buildConsistent")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Builder {
        private final Map<Fact, Object> values = new EnumMap<>(Fact.class);
        private final Set<Fact> unknown = EnumSet.noneOf(Fact.class);

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder insuredType(Object value) {
            return set(Fact.INSURED_TYPE, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder scheme(Object value) {
            return set(Fact.SCHEME, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder employer(Object value) {
            return set(Fact.EMPLOYER, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder qualificationAcquiredOn(Object value) {
            return set(Fact.QUALIFICATION_ACQUIRED_ON, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder qualificationLostOn(Object value) {
            return set(Fact.QUALIFICATION_LOST_ON, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder myNumberRegisteredOn(Object value) {
            return set(Fact.MY_NUMBER_REGISTERED_ON, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder mynaCardInsuranceRegistered(Object value) {
            return set(Fact.MYNA_CARD_INSURANCE_REGISTERED, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder birthDate(Object value) {
            return set(Fact.BIRTH_DATE, value);
        }

        @JsonDeserialize(using = FactValueDeserializer.class)
        public Builder elderlyCertificateRatio(Object value) {
            return set(Fact.ELDERLY_CERTIFICATE_RATIO, value);
        }

        /**
         * States a fact; a null where null means nothing (e.g. an unknown scheme) leaves it unstated.
         *
         * @param value as {@link Fact#parse} gives it
         * @throws IllegalArgumentException for a value the fact does not take
         */
        public Builder set(Fact fact, Object value) {
            if (!fact.accepts(value)) {
                throw new IllegalArgumentException(fact.key() + " " + fact.requirement());
            }
            unknown.remove(fact);
            if (Fact.UNKNOWN.equals(value)) {
                values.remove(fact);
                unknown.add(fact);
            } else if (value == null && fact.nullMeans() == null) {
                values.remove(fact);
            } else {
                values.put(fact, value);
            }
            return this;
        }

        /**
         * The facts as given. The rules take contradictory facts as they come (a LINE conversation can gather a
         * loss before the acquisition from two buttons, and is answered as before); the API refuses them.
         */
        public MemberFacts build() {
            return new MemberFacts(values, unknown);
        }

        /** @throws InconsistentFactsException when facts contradict each other (naming them, not their values) */
        public MemberFacts buildConsistent() {
            MemberFacts facts = build();
            InconsistentFactsException.check(facts);
            return facts;
        }
    }
}
