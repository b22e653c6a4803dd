package jp.kenpo.faq.matching;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
    void anyChangeToTheExamplesChangesTheFingerprint() {
        String original = TrainedModel.fingerprint(EXAMPLES, "s");
        assertEquals(original, TrainedModel.fingerprint(List.copyOf(EXAMPLES), "s"));
        assertNotEquals(original, TrainedModel.fingerprint(EXAMPLES, "other settings"));
        assertNotEquals(original, TrainedModel.fingerprint(EXAMPLES.subList(0, 2), "s"));
        assertNotEquals(original, TrainedModel.fingerprint(List.of(EXAMPLES.get(0), EXAMPLES.get(1),
                new SoftmaxClassifier.Example(Map.of("t:c", 0.9), 2, 0.5)), "s"));
    }

    @Test
    void aModelForOtherExamplesIsNotLoaded() {
        assertTrue(TrainedModel.load("no such fingerprint").isEmpty());
    }
}
