package jp.kenpo.faq.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The packaged jar holds what the sources hold, no more: nothing left in {@code target/classes} by an earlier build
 * (a file since moved or deleted, a build step since removed, a dev-mode copy) reaches a package built without
 * {@code clean}. Each folder the application owns is compared file by file with the folder it is built from; the
 * jar's root, shared with the dependencies of the uber-jar, may only hold names from {@code src/main/resources} or a
 * dependency.
 */
class PackagedJarContentsIT {

    private static final Path JAR = Path.of("target", "kenpo-faq-runner.jar");
    private static Set<String> entries;

    @BeforeAll
    static void read() throws IOException {
        entries = new TreeSet<>();
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            jar.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(entries::add);
        }
    }

    @ParameterizedTest(name = "{0} holds exactly the files of {1}")
    @CsvSource(textBlock = """
            faq-corpus/,          faq-corpus
            jp/kenpo/faq/rules/,  rules
            META-INF/resources/,  src/main/resources/META-INF/resources
            widget/,              src/main/resources/widget
            agent/,               src/main/resources/agent
            db/,                  src/main/resources/db
            """)
    void aFolderOfTheApplicationHoldsExactlyItsSources(String inJar, String source) {
        // the rule classes compiled from rules/ are the build's, not copies of a source
        Set<String> packaged = under(inJar, name -> !name.endsWith(".class"));
        assertEquals(filesUnder(Path.of(source)), packaged, inJar + " in " + JAR + " against " + source);
    }

    @Test
    void theRootHoldsOnlyNamesFromTheResourcesOrADependency() {
        Set<String> known = new TreeSet<>(topLevelNames(Path.of("src/main/resources")));
        known.addAll(Set.of("faq-corpus", "jp")); // the pom's copies of faq-corpus/ and rules/, and the classes
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (element.endsWith(".jar")
                    && !Path.of(element)
                            .toAbsolutePath()
                            .startsWith(Path.of("target").toAbsolutePath())) {
                known.addAll(topLevelNamesInJar(Path.of(element)));
            }
        }
        Set<String> stray = new TreeSet<>();
        entries.stream()
                .map(name -> name.split("/")[0])
                .filter(name -> !known.contains(name))
                .forEach(stray::add);
        assertEquals(Set.of(), stray, "names at the root of " + JAR + " that no source or dependency has");
    }

    /** Named apart from the root check, since a dependency may happen to hold a root file of the same name. */
    @Test
    void noCorpusOrRuleFileLandsAtTheRoot() {
        Set<String> misplaced = new TreeSet<>();
        for (Path folder : new Path[] {Path.of("faq-corpus"), Path.of("rules")}) {
            filesUnder(folder).stream().filter(entries::contains).forEach(misplaced::add);
        }
        assertEquals(Set.of(), misplaced, "files of faq-corpus/ or rules/ at the root of " + JAR);
    }

    @Test
    void theLoaderIsTheOnlyWidgetJsTheStaticHandlerCouldServe() {
        assertTrue(entries.contains("widget/loader.js"), "widget/loader.js is packaged");
        assertTrue(
                !entries.contains("META-INF/resources/widget.js"),
                "META-INF/resources/widget.js (the widget's old place) would be served at /widget.js instead of the loader");
    }

    private static Set<String> under(String prefix, Predicate<String> keep) {
        Set<String> found = new TreeSet<>();
        entries.stream()
                .filter(name -> name.startsWith(prefix))
                .map(name -> name.substring(prefix.length()))
                .filter(keep)
                .forEach(found::add);
        return found;
    }

    private static Set<String> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(File.separatorChar, '/'))
                    .forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> topLevelNames(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            Set<String> names = new TreeSet<>();
            list.map(path -> path.getFileName().toString()).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> topLevelNamesInJar(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Set<String> names = new TreeSet<>();
            zip.stream().map(entry -> entry.getName().split("/")[0]).forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(jar + " cannot be read", e);
        }
    }
}
