package jp.kenpo.faq.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus an editor has broken is refused with a message naming the file and the problem. */
class CorpusValidationTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeValidCorpus() throws IOException {
        write("corpus.yaml", """
                items: [items/01.yaml]
                alternates: [alternates.yaml]
                outOfScope: out-of-scope.yaml
                synonyms: synonyms.yaml
                answerGroups: answer-groups.yaml
                userDictionary: user-dictionary.txt
                """);
        write("items/01.yaml", """
                category: 1
                title: 概要
                items:
                  - id: "1-1"
                    question: 質問一
                    answer: 回答一
                  - id: "1-2"
                    question: 質問二
                    answer: 回答二
                """);
        write("alternates.yaml", """
                "1-1": [言い換え]
                """);
        write("out-of-scope.yaml", "questions: [今日の天気は]\n");
        write("synonyms.yaml", "groups:\n  - [通知, お知らせ]\n");
        write("answer-groups.yaml", "groups:\n  - [\"1-1\", \"1-2\"]\n");
        write("user-dictionary.txt", "マイナ保険証,マイナ保険証,マイナホケンショウ,カスタム名詞\n");
    }

    @Test
    void loadsAValidCorpus() {
        FaqCorpus corpus = load();
        assertEquals(2, corpus.items().size());
        assertEquals("概要", corpus.items().get(0).category());
    }

    @Test
    void duplicateIdNamesBothFiles() throws IOException {
        write("items/01.yaml", Files.readString(dir.resolve("items/01.yaml")).replace("\"1-2\"", "\"1-1\""));
        assertProblem("faq-corpus/items/01.yaml", "duplicate id 1-1");
    }

    @Test
    void missingAnswerIsNamed() throws IOException {
        write("items/01.yaml", Files.readString(dir.resolve("items/01.yaml")).replace("    answer: 回答二\n", ""));
        assertProblem("faq-corpus/items/01.yaml", "item 1-2 is missing 'answer'");
    }

    @Test
    void alternateForUnknownIdIsRefused() throws IOException {
        write("alternates.yaml", "\"9-9\": [どこにもない]\n");
        assertProblem("faq-corpus/alternates.yaml", "unknown FAQ id 9-9");
    }

    @Test
    void answerGroupWithUnknownIdIsRefused() throws IOException {
        write("answer-groups.yaml", "groups:\n  - [\"1-1\", \"3-3\"]\n");
        assertProblem("faq-corpus/answer-groups.yaml", "unknown FAQ id 3-3");
    }

    @Test
    void malformedYamlIsReportedWithItsFile() throws IOException {
        write("synonyms.yaml", "groups:\n  - [通知, お知らせ\n");
        assertProblem("faq-corpus/synonyms.yaml", "not valid YAML");
    }

    @Test
    void wordInTwoSynonymGroupsIsRefused() throws IOException {
        write("synonyms.yaml", "groups:\n  - [通知, お知らせ]\n  - [ハガキ, 通知]\n");
        assertProblem("faq-corpus/synonyms.yaml", "'通知' is in two synonym groups");
    }

    @Test
    void missingListedFileIsNamed() throws IOException {
        Files.delete(dir.resolve("out-of-scope.yaml"));
        assertProblem("faq-corpus/out-of-scope.yaml", "file not found");
    }

    @Test
    void brokenUserDictionaryLineIsNamed() throws IOException {
        write("user-dictionary.txt", "マイナ保険証,マイナ 保険,マイナ ホケン,カスタム名詞\n");
        assertProblem("faq-corpus/user-dictionary.txt", "line 1");
    }

    @Test
    void itemInTheWrongCategoryFileIsRefused() throws IOException {
        write("items/01.yaml", Files.readString(dir.resolve("items/01.yaml")).replace("\"1-2\"", "\"2-1\""));
        assertProblem("faq-corpus/items/01.yaml", "item 2-1 is not in category 1");
    }

    @Test
    void aDirectoryWithOnlyASpreadsheetIsACompleteCorpus() throws IOException {
        Path sheetOnly = Files.createDirectory(dir.resolve("sheet-only"));
        Files.writeString(sheetOnly.resolve("faq.csv"), "id,question,answer\nA-2,開庁時間は,午前9時からです。\nA-10,窓口は,1階です。\n");
        FaqCorpus corpus = new CorpusLoader(CorpusSource.directory(sheetOnly)).load();
        assertEquals(
                java.util.List.of("A-2", "A-10"),
                corpus.items().stream().map(i -> i.id().toString()).toList());
        assertTrue(corpus.alternates().isEmpty() && corpus.outOfScope().isEmpty());
        assertTrue(corpus.synonymGroups().isEmpty() && corpus.answerGroups().isEmpty());
        assertTrue(corpus.contact().isEmpty(), "a sheet names no contact desk");
        assertTrue(corpus.ruleSet().isEmpty(), "a sheet is not personalised");
    }

    @Test
    void everyFileButTheItemsIsOptional() throws IOException {
        write("corpus.yaml", "items: [items/01.yaml]\n");
        FaqCorpus corpus = load();
        assertEquals(2, corpus.items().size());
        assertEquals("", corpus.userDictionary());
    }

    @Test
    void theContactDeskIsQuotedFromTheItemTheCorpusNames() throws IOException {
        write("corpus.yaml", "items: [items/01.yaml]\ncontact: {item: \"1-2\", from: 回答}\nrules: some-rules\n");
        FaqCorpus corpus = load();
        assertEquals("回答二", corpus.contact().orElseThrow().text());
        assertEquals("1-2", corpus.contact().orElseThrow().item().orElseThrow().toString());
        assertTrue(corpus.uses("some-rules"));
    }

    @Test
    void aContactItemWithoutItsHeadingStopsStartUp() throws IOException {
        write("corpus.yaml", "items: [items/01.yaml]\ncontact: {item: \"1-2\", from: 【お問合せ先】}\n");
        assertProblem("faq-corpus/corpus.yaml", "does not contain 【お問合せ先】");
    }

    @Test
    void spreadsheetAndYamlItemsWithOneIdAreRefused() throws IOException {
        write("corpus.yaml", "items: [items/01.yaml, more.csv]\n");
        write("more.csv", "id,question,answer\n1-1,質問,回答\n");
        assertProblem("faq-corpus/more.csv", "duplicate id 1-1");
    }

    private void assertProblem(String file, String problem) {
        InvalidCorpusException e = assertThrows(InvalidCorpusException.class, this::load);
        assertTrue(e.getMessage().startsWith(file), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    private FaqCorpus load() {
        return new CorpusLoader(CorpusSource.directory(dir)).load();
    }

    private void write(String file, String content) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
    }
}
