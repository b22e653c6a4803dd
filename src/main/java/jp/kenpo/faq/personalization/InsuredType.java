package jp.kenpo.faq.personalization;

/** 被保険者 or 被扶養者. */
public enum InsuredType {
    /** 被保険者 (the insured person) */
    INSURED,
    /** 被扶養者 (a dependant) */
    DEPENDENT
}
