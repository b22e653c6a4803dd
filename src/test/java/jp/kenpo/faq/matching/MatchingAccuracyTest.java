package jp.kenpo.faq.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.matching.eval.EvalSet;
import jp.kenpo.faq.matching.eval.Evaluation;
import org.junit.jupiter.api.Test;

/** The accuracy bars, on aggregate: top-1 with rejection, top-3, out-of-scope rejection. */
class MatchingAccuracyTest {

    /** The development sets, copied into the repository (faq-corpus/checks/README.md says from where). */
    private static final Path DEV_SET = Path.of("faq-corpus/checks/dev.tsv");

    private static final Path REFUSAL_SET = Path.of("faq-corpus/checks/dev-oos.tsv");

    @Test
    void goldenQuestionsMeetTheBars() throws IOException {
        assertBars(
                new Evaluation(TestCorpus.matcher(), EvalSet.read(GoldenQuestionsTest.GOLDEN)).overall(),
                0.93,
                0.98,
                0.85);
    }

    @Test
    void developmentSetMeetsTheBars() throws IOException {
        assertBars(new Evaluation(TestCorpus.matcher(), EvalSet.read(DEV_SET)).overall(), 0.90, 0.97, 0.85);
    }

    /** Near misses and their in-scope neighbours: the refusal figures may not fall below where they stand. */
    @Test
    void refusalSetHoldsItsFigures() throws IOException {
        Evaluation.Figures figures = new Evaluation(TestCorpus.matcher(), EvalSet.read(REFUSAL_SET)).overall();
        System.out.println("dev-oos: " + figures);
        assertBars(figures, 0.90, 0.97, 0.85);
    }

    private static void assertBars(Evaluation.Figures figures, double top1, double top3, double rejection) {
        String report = figures.toString();
        assertTrue(figures.top1() >= top1, "top-1 with rejection below " + top1 + ": " + report);
        assertTrue(figures.top3() >= top3, "top-3 below " + top3 + ": " + report);
        assertTrue(figures.rejection() >= rejection, "out-of-scope rejection below " + rejection + ": " + report);
    }
}
