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

/**
 * The classifier trained at build time, shipped as {@value #RESOURCE}. It is used only when it was trained on
 * exactly the examples start-up would train on (same corpus, same analysis, same settings: a fingerprint of the
 * analysed training texts decides); otherwise, e.g. for an operator's edited corpus, start-up trains as before.
 */
final class TrainedModel {

    static final String RESOURCE = "faq-corpus/classifier.bin";

    private TrainedModel() {
    }

    /** SHA-256 over the settings and every training line (see {@link #line}). */
    static String fingerprint(List<String> lines, String settings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(settings.getBytes(StandardCharsets.UTF_8));
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A training example as the fingerprint sees it: label, weight, sorted terms and sorted bigrams. */
    static String line(int label, double weight, Features features) {
        StringBuilder line = new StringBuilder().append(label).append('|').append(weight);
        features.terms().stream().sorted().forEach(term -> line.append("|t:").append(term));
        features.grams().stream().sorted().forEach(gram -> line.append("|g:").append(gram));
        return line.toString();
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
