package jp.kenpo.faq.ops;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Dev mode only ({@code ./mvnw quarkus:dev}): an edit under the top-level {@code faq-corpus/} or {@code rules/} takes
 * effect at the next request. Quarkus restarts the application when a file in {@code src/main/resources} changes or a
 * file named by its absolute path in {@code quarkus.live-reload.watched-resources}, not for folders outside; so this
 * looks at both folders every second and, when anything in them changed, brings the copy of {@code rules/} that the
 * Drools build compiles up to date and touches {@link #TRIGGER}, the one file the dev profile has Quarkus watch. The
 * restarted application reads {@code faq-corpus/} itself ({@code %dev.kenpo.corpus.directory}).
 */
@IfBuildProfile("dev")
@Startup
@Singleton
public class DevModeFolders {

    /** The file {@code %dev.quarkus.live-reload.watched-resources} names (relative to the project folder here). */
    static final Path TRIGGER = Path.of("target", "dev-mode-folders.changed");

    private static final Logger LOG = Logger.getLogger(DevModeFolders.class);

    private final Path corpus;
    private final Path rules;
    /** Where the pom's execution "rules-for-tests-and-dev-mode" copies rules/ for the Drools build. */
    private final Path compiledRules;

    private final Path trigger;
    private Map<Path, Long> seen;

    DevModeFolders() {
        this(
                Path.of("faq-corpus"),
                Path.of("rules"),
                Path.of("target/generated-resources/jp/kenpo/faq/rules"),
                TRIGGER);
    }

    DevModeFolders(Path corpus, Path rules, Path compiledRules, Path trigger) {
        this.corpus = corpus;
        this.rules = rules;
        this.compiledRules = compiledRules;
        this.trigger = trigger;
        this.seen = files();
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        Map<Path, Long> now = files();
        if (now.equals(seen)) {
            return;
        }
        seen = now;
        try {
            copyRules();
            Files.writeString(trigger, Instant.now().toString());
            LOG.info("faq-corpus/ or rules/ changed: the next request restarts the application with them");
        } catch (IOException e) {
            LOG.warnf("faq-corpus/ or rules/ changed, but the restart could not be arranged: %s", e.getMessage());
        }
    }

    /** Every file under both folders with its modification time: an edit, a new file and a deleted one all show. */
    private Map<Path, Long> files() {
        Map<Path, Long> files = new TreeMap<>();
        for (Path folder : new Path[] {corpus, rules}) {
            if (!Files.isDirectory(folder)) {
                continue; // started elsewhere than the project folder: the corpus loader says what is missing
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile)
                        .forEach(file -> files.put(file, file.toFile().lastModified()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private void copyRules() throws IOException {
        Files.createDirectories(compiledRules);
        try (Stream<Path> copies = Files.list(compiledRules)) {
            for (Path copy : copies.toList()) {
                if (!Files.isRegularFile(rules.resolve(copy.getFileName().toString()))) {
                    Files.delete(copy);
                }
            }
        }
        try (Stream<Path> sources = Files.list(rules)) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Files.copy(
                        source,
                        compiledRules.resolve(source.getFileName().toString()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
