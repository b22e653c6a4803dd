package jp.kenpo.faq.text;

import org.apache.lucene.analysis.ja.dict.UserDictionary;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chain every text goes through: normalise → Kuromoji (with the domain dictionary) → content words by
 * part of speech → reading-based keys → synonyms → light words dropped. Built once; thread-safe.
 */
public final class JapaneseAnalyzer {

    private static final int LEMMA_CACHE_LIMIT = 20_000;

    private final KuromojiTokenizer tokenizer;
    private final Synonyms synonyms;
    private final Map<String, String> lemmaReadings = new ConcurrentHashMap<>();

    /**
     * @param userDictionary Kuromoji user dictionary CSV
     * @param synonymGroups  同義語 groups, canonical word first
     * @throws IllegalArgumentException when the user dictionary is malformed
     */
    public JapaneseAnalyzer(String userDictionary, List<List<String>> synonymGroups) {
        this.tokenizer = new KuromojiTokenizer(openDictionary(userDictionary));
        this.synonyms = new Synonyms(synonymGroups, this::rawKeys);
    }

    public AnalyzedText analyze(String text) {
        List<Token> tokens = tokenize(TextNormalizer.normalize(text));
        List<String> terms = new ArrayList<>();
        for (String key : synonyms.apply(keysOf(tokens))) {
            if (!ContentWords.isLight(key)) {
                terms.add(key);
            }
        }
        return new AnalyzedText(terms, readingOf(tokens), surfaceOf(tokens));
    }

    private List<String> rawKeys(String word) {
        return keysOf(tokenize(TextNormalizer.normalize(word)));
    }

    /**
     * Kuromoji, with one repair: a katakana run it does not know (トドカナイ, typed in katakana or half-width
     * kana) is read again as hiragana, and replaced when that reading is made of known words.
     */
    private List<Token> tokenize(String normalized) {
        List<Token> tokens = tokenizer.tokenize(normalized);
        List<Token> repaired = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (token.reading() == null && Kana.isKana(token.surface()) && !token.surface().equals(Kana.toHiragana(token.surface()))) {
                List<Token> asHiragana = tokenizer.tokenize(Kana.toHiragana(token.surface()));
                if (asHiragana.stream().allMatch(t -> t.reading() != null)) {
                    repaired.addAll(asHiragana);
                    continue;
                }
            }
            repaired.add(token);
        }
        return repaired;
    }

    private List<String> keysOf(List<Token> tokens) {
        List<String> keys = new ArrayList<>();
        for (Token token : tokens) {
            if (ContentWords.isContentPos(token.partOfSpeech())) {
                keys.add(keyOf(token));
            }
        }
        return keys;
    }

    /** A word's key is its folded hiragana reading (base form for inflected words), so spellings meet. */
    private String keyOf(Token token) {
        if (token.inflects()) {
            return Kana.foldLongVowels(Kana.toHiragana(lemmaReading(token.baseForm())));
        }
        String reading = token.reading() != null ? token.reading() : token.surface();
        return Kana.foldLongVowels(Kana.toHiragana(reading));
    }

    private String lemmaReading(String baseForm) {
        if (Kana.isKana(baseForm)) {
            return baseForm;
        }
        String cached = lemmaReadings.get(baseForm);
        if (cached != null) {
            return cached;
        }
        List<Token> tokens = tokenizer.tokenize(baseForm);
        String reading = tokens.size() == 1 && tokens.get(0).reading() != null ? tokens.get(0).reading() : baseForm;
        if (lemmaReadings.size() < LEMMA_CACHE_LIMIT) {
            lemmaReadings.put(baseForm, reading);
        }
        return reading;
    }

    private static String readingOf(List<Token> tokens) {
        StringBuilder reading = new StringBuilder();
        for (Token token : tokens) {
            if (!token.partOfSpeech().startsWith("記号")) {
                reading.append(token.reading() != null ? token.reading() : token.surface());
            }
        }
        return Kana.foldLongVowels(Kana.toHiragana(reading.toString()));
    }

    private static String surfaceOf(List<Token> tokens) {
        StringBuilder surface = new StringBuilder();
        for (Token token : tokens) {
            if (!token.partOfSpeech().startsWith("記号")) {
                surface.append(token.surface());
            }
        }
        return Kana.foldLongVowels(Kana.toHiragana(surface.toString()));
    }

    private static UserDictionary openDictionary(String csv) {
        try {
            return UserDictionary.open(new StringReader(csv));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("malformed user dictionary: " + e.getMessage(), e);
        }
    }
}
