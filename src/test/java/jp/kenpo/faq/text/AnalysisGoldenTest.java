package jp.kenpo.faq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.matching.eval.EvalCase;
import jp.kenpo.faq.matching.eval.EvalSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the analysis of every text the service analyses — each item's question, 言い換え and answer, the
 * out-of-scope questions, the synonym words — and of the golden questions: one line of
 * {@code golden/analysis.tsv} each ({@code text<TAB>reading<TAB>surface<TAB>term…}, with \t, \n and \\ escaped).
 * The file was written by the analyzer the current one replaced, so any change of analysis shows here, line by
 * line. After an intended change, rewrite it with {@code -Dtest=AnalysisGoldenTest -Danalysis.golden.write=true}
 * and review the diff.
 */
class AnalysisGoldenTest {

    private static final Path FILE = Path.of("src/test/resources/golden/analysis.tsv");
    private static final Path QUESTIONS = Path.of("faq-corpus/checks/golden.tsv");
    private static final FaqAnalyzer ANALYZER = new FaqAnalyzer(
            TestCorpus.corpus().userDictionary(), TestCorpus.corpus().synonymGroups());

    static List<String> lines() throws IOException {
        return Files.readAllLines(FILE, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("lines")
    void analysisIsUnchanged(String line) {
        String text = unescape(line.substring(0, line.indexOf('\t')));
        assertEquals(line, line(text));
    }

    @Test
    @EnabledIfSystemProperty(named = "analysis.golden.write", matches = "true")
    void write() throws IOException {
        List<String> lines = new ArrayList<>();
        texts().forEach(text -> lines.add(line(text)));
        Files.write(FILE, lines, StandardCharsets.UTF_8);
    }

    /** Every distinct text, in corpus order, then the golden questions and a few edge cases. */
    private static Set<String> texts() throws IOException {
        FaqCorpus corpus = TestCorpus.corpus();
        Set<String> texts = new LinkedHashSet<>();
        for (FaqItem item : corpus.items()) {
            texts.add(item.question());
            texts.addAll(corpus.alternatesOf(item.id()));
            texts.add(item.category() + "\n" + item.answer());
        }
        texts.addAll(corpus.outOfScope());
        corpus.synonymGroups().forEach(texts::addAll);
        EvalSet.read(QUESTIONS).stream().map(EvalCase::question).forEach(texts::add);
        texts.addAll(List.of(
                "",
                "？！…",
                "😀 お知らせ",
                "ﾄﾄﾞｶﾅｲ",
                "トドカナイ",
                "oshirase ga todokanai",
                "hokenshou",
                "ホケンショー",
                "\u200B",
                "お知らせ\t届かない\\"));
        return texts;
    }

    private static String line(String text) {
        AnalyzedText analyzed = ANALYZER.analyze(text);
        StringBuilder line = new StringBuilder(escape(text))
                .append('\t')
                .append(escape(analyzed.reading()))
                .append('\t')
                .append(escape(analyzed.surface()));
        analyzed.terms().forEach(term -> line.append('\t').append(escape(term)));
        return line.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
