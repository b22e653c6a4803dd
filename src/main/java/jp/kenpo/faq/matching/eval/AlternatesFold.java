package jp.kenpo.faq.matching.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;

/**
 * Cross-validation on the corpus's own 言い換え: every other alternate is held out of the index and asked
 * as a question, so scoring can be tuned without looking at any evaluation set.
 *
 * @param indexed the corpus with the held-out alternates removed
 * @param asked   the held-out alternates as evaluation cases (acceptable: their item and its answer group)
 */
record AlternatesFold(FaqCorpus indexed, List<EvalCase> asked) {

    static AlternatesFold split(FaqCorpus corpus, int fold) {
        Map<FaqId, List<String>> kept = new LinkedHashMap<>();
        List<EvalCase> asked = new ArrayList<>();
        corpus.alternates().forEach((id, alternates) -> {
            List<String> keep = new ArrayList<>();
            for (int i = 0; i < alternates.size(); i++) {
                if (i % 2 == fold) {
                    List<String> acceptable = corpus.answerGroupOf(id).stream()
                            .map(FaqId::toString)
                            .toList();
                    List<String> ids = new ArrayList<>(List.of(id.toString()));
                    acceptable.stream()
                            .filter(other -> !other.equals(id.toString()))
                            .forEach(ids::add);
                    asked.add(new EvalCase(alternates.get(i), ids, "alternate", i));
                } else {
                    keep.add(alternates.get(i));
                }
            }
            kept.put(id, keep);
        });
        return new AlternatesFold(corpus.withAlternates(kept), asked);
    }
}
