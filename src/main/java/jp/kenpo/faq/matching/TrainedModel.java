package jp.kenpo.faq.matching;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The classifier trained at build time, shipped as {@value #RESOURCE}. It is used only when it was trained on
 * exactly the examples start-up would train on (same corpus, same analysis, same settings: a fingerprint of the
 * examples decides); otherwise, e.g. for an operator's edited corpus, start-up trains as before.
 */
final class TrainedModel {

    static final String RESOURCE = "faq-corpus/classifier.bin";

    private TrainedModel() {
    }

    /** SHA-256 over the settings and every example's label, weight and sorted features. */
    static String fingerprint(List<SoftmaxClassifier.Example> examples, String settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settings.getBytes(StandardCharsets.UTF_8));
            for (SoftmaxClassifier.Example example : examples) {
                StringBuilder line = new StringBuilder().append(example.label()).append('|').append(example.weight());
                new TreeMap<>(example.features()).forEach((feature, value) -> line.append('|').append(feature).append('=').append(value));
                digest.update(line.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shipped model, if there is one for exactly this fingerprint. */
    static Optional<SoftmaxClassifier> load(String fingerprint) {
        try (InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(resource));
            return in.readUTF().equals(fingerprint) ? Optional.of(SoftmaxClassifier.readFrom(in)) : Optional.empty();
        } catch (IOException damaged) {
            return Optional.empty();
        }
    }

    static void write(Path file, String fingerprint, SoftmaxClassifier classifier) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeUTF(fingerprint);
                classifier.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
