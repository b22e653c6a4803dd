package jp.kenpo.faq.personalization;

/** The member facts, by their JSON key, in the order they are best asked for. */
public enum Fact {
    SCHEME("scheme"),
    INSURED_TYPE("insuredType"),
    EMPLOYER("employer"),
    QUALIFICATION_ACQUIRED_ON("qualificationAcquiredOn"),
    QUALIFICATION_LOST_ON("qualificationLostOn"),
    MY_NUMBER_REGISTERED_ON("myNumberRegisteredOn"),
    MYNA_CARD_INSURANCE_REGISTERED("mynaCardInsuranceRegistered"),
    BIRTH_DATE("birthDate"),
    ELDERLY_CERTIFICATE_RATIO("elderlyCertificateRatio");

    private final String key;

    Fact(String key) {
        this.key = key;
    }

    /** The JSON key, e.g. {@code qualificationLostOn}. */
    public String key() {
        return key;
    }
}
