package jp.kenpo.faq.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dev mode's look at faq-corpus/ and rules/: a change refreshes the rules the build compiles and touches the trigger. */
class DevModeFoldersTest {

    @TempDir
    Path project;

    Path corpus;
    Path rules;
    Path compiled;
    Path trigger;
    DevModeFolders folders;

    @BeforeEach
    void aProjectAsDevModeStartsIt() throws IOException {
        corpus = Files.createDirectories(project.resolve("faq-corpus/items")).getParent();
        rules = Files.createDirectories(project.resolve("rules"));
        compiled = Files.createDirectories(project.resolve("target/generated-resources/jp/kenpo/faq/rules"));
        trigger = project.resolve("target/dev-mode-folders.changed");
        Files.writeString(corpus.resolve("items/01.yaml"), "items: []\n");
        Files.writeString(rules.resolve("a.drl"), "rule \"甲\"");
        Files.writeString(compiled.resolve("a.drl"), "rule \"甲\"");
        folders = new DevModeFolders(corpus, rules, compiled, trigger);
    }

    @Test
    void nothingChangedTouchesNothing() {
        folders.look();

        assertFalse(Files.exists(trigger));
    }

    @Test
    void anEditedCorpusFileTouchesTheTrigger() throws IOException {
        edit(corpus.resolve("items/01.yaml"), "items: [1]\n");

        folders.look();

        assertTrue(Files.exists(trigger));
    }

    @Test
    void anEditedRuleIsCopiedWhereTheBuildCompilesItBeforeTheTrigger() throws IOException {
        edit(rules.resolve("a.drl"), "rule \"乙\"");

        folders.look();

        assertEquals("rule \"乙\"", Files.readString(compiled.resolve("a.drl")));
        assertTrue(Files.exists(trigger));
    }

    @Test
    void aNewRuleFileIsCopiedAndADeletedOneGoes() throws IOException {
        Files.writeString(rules.resolve("b.drl"), "rule \"丙\"");
        Files.delete(rules.resolve("a.drl"));

        folders.look();

        assertTrue(Files.exists(compiled.resolve("b.drl")));
        assertFalse(Files.exists(compiled.resolve("a.drl")));
    }

    @Test
    void aChangeIsActedOnOnce() throws IOException {
        edit(corpus.resolve("items/01.yaml"), "items: [1]\n");
        folders.look();
        Files.delete(trigger);

        folders.look();

        assertFalse(Files.exists(trigger));
    }

    /** Written with a later time, as an editor's save is, however fast the test runs. */
    private static void edit(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
    }
}
