package jp.kenpo.faq.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.eval.EvalCase;
import jp.kenpo.faq.matching.eval.EvalSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden question on its own: an in-scope question is answered (not rejected) with an acceptable item
 * among the first three candidates; an out-of-scope one gets no match.
 */
class GoldenQuestionsTest {

    static final Path GOLDEN = Path.of("faq-corpus/checks/golden.tsv");

    static List<EvalCase> cases() throws IOException {
        return EvalSet.parse(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8), false);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void question(EvalCase golden) {
        MatchResult result = TestCorpus.matcher().match(golden.question(), 3);
        if (!golden.inScope()) {
            assertEquals(
                    MatchOutcome.NO_MATCH, result.outcome(), () -> "answered out-of-scope: " + result.candidates());
            return;
        }
        assertNotEquals(MatchOutcome.NO_MATCH, result.outcome(), "in-scope question rejected");
        List<String> top3 =
                result.candidates().stream().map(c -> c.item().id().toString()).toList();
        assertTrue(
                top3.stream().anyMatch(golden.acceptable()::contains),
                () -> "wanted one of " + golden.acceptable() + ", got " + top3);
    }

    /** A golden question the corpus learns from would measure memory, not matching. */
    @Test
    void noGoldenQuestionIsACorpusText() throws IOException {
        FaqCorpus corpus = TestCorpus.corpus();
        Set<String> taught = new HashSet<>(corpus.outOfScope());
        corpus.items().forEach(item -> {
            taught.add(item.question());
            taught.addAll(corpus.alternatesOf(item.id()));
        });
        List<String> copied = cases().stream()
                .map(EvalCase::question)
                .filter(taught::contains)
                .toList();
        assertTrue(copied.isEmpty(), () -> "golden questions the corpus is taught: " + copied);
    }
}
