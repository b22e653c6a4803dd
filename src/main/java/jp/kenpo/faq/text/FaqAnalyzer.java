package jp.kenpo.faq.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analysis every text goes through, question or corpus alike, as a Lucene analyzer: {@link TextNormalizer}
 * → Kuromoji with the domain dictionary → unknown katakana runs read again → the whole text's reading and
 * surface recorded → content words by part of speech → reading-based keys → 同義語 phrases → light words
 * dropped. Built once; each thread gets its own chain from the analyzer's reuse strategy. {@link #analyze} is
 * what matching uses.
 */
public final class FaqAnalyzer extends Analyzer {

    private static final String FIELD = "text";

    /** Keys (folded hiragana) of light verbs and formal nouns, which every question contains. */
    private static final CharArraySet LIGHT_WORDS = StopFilter.makeStopSet(List.of(
            "する", "ある", "いる", "なる", "できる", "おる", "いう", "やる", "くださる", "ござる", "いただく", "こと", "もの", "よ", "ため", "とき", "ところ",
            "さん", "さま", "など", "ら", "たち", "ない", "よい", "いい", "なん", "なに", "ど", "これ", "それ", "あれ", "もう", "まだ", "ちょっと", "すでに",
            "おしえる", "しる"));

    private final UserDictionary dictionary;
    /** Null for the analyzer that reads the synonym words themselves: it stops at the keys. */
    private final SynonymPhrases synonyms;
    /** 基本形 → reading, shared by every thread's chain (a word's reading never changes). */
    private final Map<String, String> lemmaReadings;

    /**
     * @param userDictionary Kuromoji user dictionary CSV
     * @param synonymGroups  同義語 groups, canonical word first
     * @throws IllegalArgumentException when the user dictionary is malformed
     */
    public FaqAnalyzer(String userDictionary, List<List<String>> synonymGroups) {
        this(withKanaSpellings(userDictionary, synonymGroups), synonymGroups, new ConcurrentHashMap<>());
    }

    private FaqAnalyzer(
            UserDictionary dictionary, List<List<String>> synonymGroups, Map<String, String> lemmaReadings) {
        this.dictionary = dictionary;
        this.lemmaReadings = lemmaReadings;
        this.synonyms = synonymGroups == null ? null : readSynonyms(dictionary, synonymGroups, lemmaReadings);
    }

    /** Synonym words are read exactly like questions, up to their keys. */
    private static SynonymPhrases readSynonyms(
            UserDictionary dictionary, List<List<String>> groups, Map<String, String> lemmaReadings) {
        try (FaqAnalyzer keys = new FaqAnalyzer(dictionary, null, lemmaReadings)) {
            return new SynonymPhrases(groups, word -> keys.analyze(word).terms());
        }
    }

    /** The terms, reading and surface of a text, from one pass of the chain. */
    public AnalyzedText analyze(String text) {
        try (TokenStream stream = tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            WholeTextAttribute whole = stream.addAttribute(WholeTextAttribute.class);
            stream.reset();
            List<String> terms = new ArrayList<>();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
            return new AnalyzedText(terms, whole.reading(), whole.surface(), whole.negated());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        JapaneseTokenizer tokenizer = kuromoji(dictionary);
        // one more tokenizer per chain, for the short texts filters read again (katakana runs, 基本形)
        SideTokenizer side = new SideTokenizer(kuromoji(dictionary));
        TokenStream stream = new KatakanaRereadingFilter(tokenizer, side);
        stream = new WholeTextFilter(stream);
        stream = new ContentWordFilter(stream);
        stream = new ReadingKeyFilter(stream, side, lemmaReadings);
        if (synonyms != null) {
            stream = new SynonymPhraseFilter(stream, synonyms);
            stream = new StopFilter(stream, LIGHT_WORDS);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Normalisation works on the whole text (white space runs, romaji words), so it reads it all first. */
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[256];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StringReader(TextNormalizer.normalize(text.toString()));
    }

    /** SEARCH mode splits long kanji compounds (健康保険証 → 健康/保険/証) and keeps the compound too. */
    private static JapaneseTokenizer kuromoji(UserDictionary dictionary) {
        return new JapaneseTokenizer(dictionary, true, false, JapaneseTokenizer.Mode.SEARCH);
    }

    /** The corpus's dictionary, checked as given, then with its domain words' hiragana spellings. */
    private static UserDictionary withKanaSpellings(String userDictionary, List<List<String>> synonymGroups) {
        UserDictionary given = openDictionary(userDictionary);
        return synonymGroups == null
                ? given
                : openDictionary(KanaSpellings.addTo(userDictionary, given, synonymGroups));
    }

    private static UserDictionary openDictionary(String csv) {
        try {
            return UserDictionary.open(new StringReader(csv));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed user dictionary: " + e.getMessage(), e);
        }
    }
}
