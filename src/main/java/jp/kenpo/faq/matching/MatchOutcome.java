package jp.kenpo.faq.matching;

/** How sure the matcher is. */
public enum MatchOutcome {
    /** One item clearly answers the question. */
    ANSWER,
    /** The best item probably answers it, but others are close: show it with "did you mean" choices. */
    SUGGEST,
    /** The FAQ does not answer the question. */
    NO_MATCH
}
