package jp.kenpo.faq.personalization;

/** The scheme a member is insured under; a dependant carries the insured's scheme. */
public enum Scheme {
    /** 一般 (employed) */
    REGULAR,
    /** 任意継続 */
    VOLUNTARY_CONTINUATION,
    /** 特例退職 */
    SPECIAL_RETIREMENT
}
