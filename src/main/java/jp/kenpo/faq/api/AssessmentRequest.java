package jp.kenpo.faq.api;

import jp.kenpo.faq.personalization.MemberFacts;

/**
 * Body of {@code POST /api/v1/assessment}.
 *
 * @param member the member's facts; every key optional (absent = unknown)
 * @param asOf   the day to assess for (YYYY-MM-DD), default today in Japan
 */
public record AssessmentRequest(MemberFacts member, String asOf) {

    /** The facts given, or none at all when {@code member} is absent or null. */
    MemberFacts memberOrNone() {
        return member == null ? MemberFacts.none() : member;
    }
}
