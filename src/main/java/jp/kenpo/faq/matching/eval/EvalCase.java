package jp.kenpo.faq.matching.eval;

import java.util.List;

/**
 * One line of an evaluation TSV.
 *
 * @param acceptable FAQ ids that answer the question, best first; empty when the FAQ does not answer it
 * @param kind       paraphrase, casual, keyword, situation, variant or out_of_scope
 */
public record EvalCase(String question, List<String> acceptable, String kind, int line) {

    public boolean inScope() {
        return !acceptable.isEmpty();
    }
}
