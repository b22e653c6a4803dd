package jp.kenpo.faq.personalization;

/** Why a member was or was not in the bulk mailing (一斉送付), enrollment checked first (5-1). */
public enum Reason {
    ENROLLED_AND_REGISTERED,
    NOT_ENROLLED_ON_REFERENCE_DATE,
    MY_NUMBER_NOT_REGISTERED_BY_REFERENCE_DATE
}
