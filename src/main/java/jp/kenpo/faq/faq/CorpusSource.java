package jp.kenpo.faq.faq;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the corpus files are read from: the copy built into the application, or a directory an operator points at. */
public interface CorpusSource {

    /** @throws InvalidCorpusException when the file is missing or unreadable */
    String read(String relativePath);

    boolean exists(String relativePath);

    /** The corpus shipped inside the application (copied from the top-level {@code faq-corpus/} at build time). */
    static CorpusSource builtIn() {
        return new CorpusSource() {
            @Override
            public String read(String relativePath) {
                try (InputStream in = loader().getResourceAsStream("faq-corpus/" + relativePath)) {
                    if (in == null) {
                        throw new InvalidCorpusException(relativePath, "file not found");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new InvalidCorpusException(relativePath, "cannot be read", e);
                }
            }

            @Override
            public boolean exists(String relativePath) {
                return loader().getResource("faq-corpus/" + relativePath) != null;
            }

            private ClassLoader loader() {
                return Thread.currentThread().getContextClassLoader();
            }
        };
    }

    /** A corpus directory on disk, laid out like {@code faq-corpus/}. */
    static CorpusSource directory(Path root) {
        return new CorpusSource() {
            @Override
            public String read(String relativePath) {
                try {
                    return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new InvalidCorpusException(relativePath, "file not found under " + root);
                } catch (java.nio.charset.MalformedInputException e) {
                    throw new InvalidCorpusException(relativePath, "is not UTF-8 text (save it as UTF-8)", e);
                } catch (IOException e) {
                    throw new InvalidCorpusException(relativePath, "cannot be read", e);
                }
            }

            @Override
            public boolean exists(String relativePath) {
                return Files.isRegularFile(root.resolve(relativePath));
            }
        };
    }
}
