package jp.kenpo.faq.matching;

import java.util.List;
import java.util.Optional;

/**
 * @param outcome    answer, suggest or no match
 * @param candidates best first, one per answer group
 * @param ranking    every item, best first, for callers that choose among them (e.g. by a member's facts)
 */
public record MatchResult(
        MatchOutcome outcome, List<ScoredItem> candidates, List<ScoredItem> ranking, boolean negatedQuestion) {

    /** The item to answer with; empty for no match. */
    public Optional<ScoredItem> best() {
        return outcome == MatchOutcome.NO_MATCH || candidates.isEmpty()
                ? Optional.empty()
                : Optional.of(candidates.get(0));
    }
}
