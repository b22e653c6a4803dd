package jp.kenpo.faq.personalization;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a member told us about their enrollment: the input fact of the rules. A fact not stated is unknown;
 * for three facts a stated null means something (資格喪失日 null: still enrolled; マイナンバー登録日 null: never
 * registered; 高齢受給者証 ratio null: no certificate), so those carry a "stated" flag. Immutable.
 */
public final class MemberFacts {

    private final Set<Fact> stated;
    private final InsuredType insuredType;
    private final Scheme scheme;
    private final Employer employer;
    private final LocalDate qualificationAcquiredOn;
    private final LocalDate qualificationLostOn;
    private final LocalDate myNumberRegisteredOn;
    private final Boolean mynaCardInsuranceRegistered;
    private final LocalDate birthDate;
    private final Integer elderlyCertificateRatio;

    private MemberFacts(Builder b) {
        this.stated = Set.copyOf(b.stated.isEmpty() ? EnumSet.noneOf(Fact.class) : b.stated);
        this.insuredType = b.insuredType;
        this.scheme = b.scheme;
        this.employer = b.employer;
        this.qualificationAcquiredOn = b.qualificationAcquiredOn;
        this.qualificationLostOn = b.qualificationLostOn;
        this.myNumberRegisteredOn = b.myNumberRegisteredOn;
        this.mynaCardInsuranceRegistered = b.mynaCardInsuranceRegistered;
        this.birthDate = b.birthDate;
        this.elderlyCertificateRatio = b.elderlyCertificateRatio;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static MemberFacts none() {
        return builder().build();
    }

    /** 資格喪失日 was given, as a date or as null (still enrolled). */
    public boolean isLostOnStated() {
        return stated.contains(Fact.QUALIFICATION_LOST_ON);
    }

    /** マイナンバー登録日 was given, as a date or as null (never registered). */
    public boolean isMyNumberStated() {
        return stated.contains(Fact.MY_NUMBER_REGISTERED_ON);
    }

    /** The 高齢受給者証 ratio was given, as 2, 3 or null (no certificate). */
    public boolean isRatioStated() {
        return stated.contains(Fact.ELDERLY_CERTIFICATE_RATIO);
    }

    public InsuredType getInsuredType() {
        return insuredType;
    }

    public Scheme getScheme() {
        return scheme;
    }

    public Employer getEmployer() {
        return employer;
    }

    /** 資格取得日 */
    public LocalDate getQualificationAcquiredOn() {
        return qualificationAcquiredOn;
    }

    /** 資格喪失日: the first day without coverage (the day after retirement); null while enrolled. */
    public LocalDate getQualificationLostOn() {
        return qualificationLostOn;
    }

    /** The day the society registered the member's My Number; null if never. */
    public LocalDate getMyNumberRegisteredOn() {
        return myNumberRegisteredOn;
    }

    /** マイナ保険証の利用登録 done. */
    public Boolean getMynaCardInsuranceRegistered() {
        return mynaCardInsuranceRegistered;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    /** 高齢受給者証の負担割合 (2 or 3), null without a certificate. */
    public Integer getElderlyCertificateRatio() {
        return elderlyCertificateRatio;
    }

    /** Deliberately without values: facts about a member never reach a log line. */
    @Override
    public String toString() {
        return "MemberFacts" + stated;
    }

    /** Collects the stated facts. */
    public static final class Builder {
        private final Set<Fact> stated = EnumSet.noneOf(Fact.class);
        private InsuredType insuredType;
        private Scheme scheme;
        private Employer employer;
        private LocalDate qualificationAcquiredOn;
        private LocalDate qualificationLostOn;
        private LocalDate myNumberRegisteredOn;
        private Boolean mynaCardInsuranceRegistered;
        private LocalDate birthDate;
        private Integer elderlyCertificateRatio;

        public Builder insuredType(InsuredType value) {
            insuredType = state(Fact.INSURED_TYPE, value);
            return this;
        }

        public Builder scheme(Scheme value) {
            scheme = state(Fact.SCHEME, value);
            return this;
        }

        public Builder employer(Employer value) {
            employer = state(Fact.EMPLOYER, value);
            return this;
        }

        public Builder qualificationAcquiredOn(LocalDate value) {
            qualificationAcquiredOn = state(Fact.QUALIFICATION_ACQUIRED_ON, value);
            return this;
        }

        public Builder qualificationLostOn(LocalDate value) {
            stated.add(Fact.QUALIFICATION_LOST_ON);
            qualificationLostOn = value;
            return this;
        }

        public Builder myNumberRegisteredOn(LocalDate value) {
            stated.add(Fact.MY_NUMBER_REGISTERED_ON);
            myNumberRegisteredOn = value;
            return this;
        }

        public Builder mynaCardInsuranceRegistered(Boolean value) {
            mynaCardInsuranceRegistered = state(Fact.MYNA_CARD_INSURANCE_REGISTERED, value);
            return this;
        }

        public Builder birthDate(LocalDate value) {
            birthDate = state(Fact.BIRTH_DATE, value);
            return this;
        }

        public Builder elderlyCertificateRatio(Integer value) {
            stated.add(Fact.ELDERLY_CERTIFICATE_RATIO);
            elderlyCertificateRatio = value;
            return this;
        }

        /** A null where null means nothing (e.g. an unknown scheme) leaves the fact unstated. */
        private <T> T state(Fact fact, T value) {
            if (value != null) {
                stated.add(fact);
            } else {
                stated.remove(fact);
            }
            return value;
        }

        public MemberFacts build() {
            return new MemberFacts(this);
        }
    }
}
