package jp.kenpo.faq.matching;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * Matching thresholds ({@code kenpo.matching.*}); the defaults in application.properties were set on evaluation
 * data. Each value is checked at start-up, and a bad one stops the service with a message naming its key.
 */
@ConfigMapping(prefix = "kenpo.matching")
public interface MatchingConfig {

    /** Top score from which an answer is given without "did you mean" (0–1). */
    @DecimalMin("0")
    @DecimalMax("1")
    double answerThreshold();

    /** Lead over the next answer group's score needed for a confident answer (0–1). */
    @DecimalMin("0")
    @DecimalMax("1")
    double margin();

    /**
     * Confidence — the top score times the share of the question its item explains — below which the question is
     * out of the FAQ's scope (0–1).
     */
    @DecimalMin("0")
    @DecimalMax("1")
    double rejectThreshold();

    /** Least score for an item to be offered as a suggestion (0–1). */
    @DecimalMin("0")
    @DecimalMax("1")
    double suggestThreshold();

    /** Probability of "not in the FAQ" (from the classifier's out-of-scope class) from which no answer is given. */
    @DecimalMin(value = "0", inclusive = false)
    @DecimalMax("1")
    double outOfScopeThreshold();

    /**
     * The thresholds as one value.
     *
     * @throws IllegalArgumentException naming the keys when they are out of order (suggest ≤ reject ≤ answer)
     */
    default Thresholds thresholds() {
        if (!(suggestThreshold() <= rejectThreshold() && rejectThreshold() <= answerThreshold())) {
            throw new IllegalArgumentException("kenpo.matching.suggest-threshold <= kenpo.matching.reject-threshold"
                    + " <= kenpo.matching.answer-threshold must hold; they are " + suggestThreshold() + ", "
                    + rejectThreshold() + " and " + answerThreshold());
        }
        return new Thresholds(
                answerThreshold(), margin(), rejectThreshold(), suggestThreshold(), outOfScopeThreshold());
    }
}
