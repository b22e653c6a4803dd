package jp.kenpo.faq.matching;

import io.smallrye.config.ConfigMapping;

/** Matching thresholds ({@code kenpo.matching.*}); the defaults in application.properties were set on evaluation data. */
@ConfigMapping(prefix = "kenpo.matching")
public interface MatchingConfig {

    /** Top score from which an answer is given without "did you mean" (0–1). */
    double answerThreshold();

    /** Lead over the next answer group's score needed for a confident answer. */
    double margin();

    /** Top score below which the question is out of the FAQ's scope (0–1). */
    double rejectThreshold();

    /** Least score for an item to be offered as a suggestion (0–1). */
    double suggestThreshold();

    /** Probability of "not in the FAQ" (from the classifier's out-of-scope class) from which no answer is given. */
    double outOfScopeThreshold();

    default Thresholds thresholds() {
        return new Thresholds(answerThreshold(), margin(), rejectThreshold(), suggestThreshold(), outOfScopeThreshold());
    }
}
