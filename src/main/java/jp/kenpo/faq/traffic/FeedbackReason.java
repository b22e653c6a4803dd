package jp.kenpo.faq.traffic;

/** Why an answer did not help, when the member says (optional). */
public enum FeedbackReason {
    /** the item shown is about something else */
    WRONG_ITEM,
    /** the right item, but hard to understand */
    UNCLEAR,
    /** the right item, but it does not say what the member needed */
    INCOMPLETE,
    /** anything else */
    OTHER
}
