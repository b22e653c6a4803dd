package jp.kenpo.faq.matching;

/**
 * Where confidence turns into a decision.
 *
 * @param answer     a top score at least this high, with enough margin, is a confident answer
 * @param margin     how far the top score must lead the next answer group's to be confident
 * @param reject     a confidence (top score × share of the question explained) below this means the FAQ does not
 *                   answer the question
 * @param suggest    the least score a candidate needs to be offered as a suggestion at all
 * @param outOfScope the classifier's "not in the FAQ" probability from which the question is not answered
 */
public record Thresholds(double answer, double margin, double reject, double suggest, double outOfScope) {

    public Thresholds {
        if (!(0 <= suggest
                && suggest <= reject
                && reject <= answer
                && answer <= 1
                && margin >= 0
                && outOfScope > 0
                && outOfScope <= 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 <= suggest <= reject <= answer <= 1, "
                    + "margin >= 0 and 0 < out-of-scope <= 1");
        }
    }
}
