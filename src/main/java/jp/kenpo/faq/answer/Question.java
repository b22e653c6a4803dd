package jp.kenpo.faq.answer;

import jp.kenpo.faq.personalization.MemberFacts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A member's question as every channel hands it over.
 *
 * @param text   the question
 * @param limit  how many candidates to return
 * @param member the facts the member has told us, if any
 * @param asOf    the day the answer is for
 * @param channel where it came from (for metrics)
 */
public record Question(String text, int limit, Optional<MemberFacts> member, LocalDate asOf, Channel channel) {
}
