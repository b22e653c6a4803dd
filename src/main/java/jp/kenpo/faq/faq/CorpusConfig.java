package jp.kenpo.faq.faq;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

/** Where the FAQ corpus comes from ({@code kenpo.corpus.*}). */
@ConfigMapping(prefix = "kenpo.corpus")
public interface CorpusConfig {

    /**
     * A directory laid out like {@code faq-corpus/} to load instead of the copy built into the application,
     * so that an edited corpus can be served without a rebuild. Unset: the built-in corpus.
     */
    Optional<Path> directory();
}
