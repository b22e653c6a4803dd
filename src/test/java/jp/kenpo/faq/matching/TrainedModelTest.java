package jp.kenpo.faq.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classifier shipped by the build is used only for the exact examples it was trained on. */
class TrainedModelTest {

    private static final List<SoftmaxClassifier.Example> EXAMPLES = List.of(
            new SoftmaxClassifier.Example(Map.of("t:a", 1.0), 0, 1.0),
            new SoftmaxClassifier.Example(Map.of("t:b", 0.6, "g:bc", 0.8), 1, 1.0),
            new SoftmaxClassifier.Example(Map.of("t:c", 1.0), 2, 0.5));

    @Test
    void aSavedModelAnswersLikeTheTrainedOne(@TempDir Path dir) throws IOException {
        SoftmaxClassifier trained = SoftmaxClassifier.train(3, EXAMPLES, 20, 0.3, 1e-5);
        Path file = dir.resolve("model.bin");
        TrainedModel.write(file, "fp", trained);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            assertEquals("fp", in.readUTF());
            SoftmaxClassifier loaded = SoftmaxClassifier.readFrom(in);
            Map<String, Double> question = Map.of("t:b", 1.0, "g:zz", 0.5);
            assertArrayEquals(trained.probabilities(question), loaded.probabilities(question), 1e-12);
        }
    }

    @Test
    void anyChangeToTheTrainingTextsChangesTheFingerprint() {
        Features a = new Features(Set.of("通知", "届く"), Set.of("つう", "うち"));
        Features b = new Features(Set.of("紛失"), Set.of("ふん", "んし"));
        List<String> lines = List.of(TrainedModel.line(0, 1.0, a), TrainedModel.line(1, 0.5, b));
        String original = TrainedModel.fingerprint(lines, "s");

        Features aReordered = new Features(new java.util.TreeSet<>(a.terms()).descendingSet(), a.grams());
        assertEquals(original, TrainedModel.fingerprint(List.of(TrainedModel.line(0, 1.0, aReordered),
                TrainedModel.line(1, 0.5, b)), "s"), "set order does not matter");
        assertNotEquals(original, TrainedModel.fingerprint(lines, "other settings"));
        assertNotEquals(original, TrainedModel.fingerprint(lines.subList(0, 1), "s"));
        assertNotEquals(original, TrainedModel.fingerprint(List.of(TrainedModel.line(0, 1.0, a),
                TrainedModel.line(2, 0.5, b)), "s"), "another label");
        assertNotEquals(original, TrainedModel.fingerprint(List.of(TrainedModel.line(0, 1.0, a),
                TrainedModel.line(1, 1.0, b)), "s"), "another weight");
        Features analysedOtherwise = new Features(Set.of("紛失", "なくす"), b.grams());
        assertNotEquals(original, TrainedModel.fingerprint(List.of(TrainedModel.line(0, 1.0, a),
                TrainedModel.line(1, 0.5, analysedOtherwise)), "s"), "another analysis");
    }

    @Test
    void aModelForOtherExamplesIsNotLoaded() {
        assertTrue(TrainedModel.load("no such fingerprint").isEmpty());
    }
}
