package jp.kenpo.faq.personalization;

import java.util.List;

/**
 * A question to ask the member for a missing fact.
 *
 * @param fact     the member-facts key the answer fills
 * @param question the question in Japanese
 * @param options  the answers to offer; each value is what the fact becomes
 */
public record FollowUp(String fact, String question, List<Option> options) {

    /** An answer button: a short label (≤ 20 characters, for LINE quick replies) and the fact's value. */
    public record Option(String label, Object value) {}
}
