package jp.kenpo.faq.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kenpo.faq.text.AnalyzedText;

/**
 * Every feature of the corpus — a term, a bigram of the folded reading, a bigram of the written text — numbered
 * once, while the index is built; afterwards a question's features are looked up here once and everything
 * downstream (IDF, postings, the classifier) works on the ids. Read only after start-up.
 */
final class Vocabulary {

    /** Bigram kinds, kept apart in the key: readings blur meaning (保険証 and 保証 share ほしょ), written text does not. */
    private static final long READING = 0;

    private static final long WRITTEN = 1;
    /** Added to the kind for a text of one character, which has that character as its only "bigram". */
    private static final long SINGLE = 2;

    private final Map<String, Integer> terms = new HashMap<>();
    private final GramIds grams = new GramIds();
    private int size;

    /** The features of a corpus text, numbering those not seen before. */
    FeatureSet add(AnalyzedText text) {
        return features(text, true);
    }

    /** The features of a question: only the known ones get ids, the others are counted. */
    FeatureSet lookup(AnalyzedText text) {
        return features(text, false);
    }

    /** The id of a term, or -1 for a term no corpus text has. */
    int termId(String term) {
        Integer id = terms.get(term);
        return id == null ? -1 : id;
    }

    int size() {
        return size;
    }

    private FeatureSet features(AnalyzedText text, boolean adding) {
        List<String> words = text.terms();
        int[] termIds = new int[words.size()];
        int known = 0;
        Set<String> unseen = null;
        for (String word : words) {
            Integer id = terms.get(word);
            if (id == null && adding) {
                id = size++;
                terms.put(word, id);
            }
            if (id != null) {
                termIds[known++] = id;
            } else {
                unseen = unseen == null ? new HashSet<>() : unseen;
                unseen.add(word);
            }
        }
        long[] keys = gramKeys(text.reading(), text.surface());
        int[] gramIds = new int[keys.length];
        int knownGrams = 0;
        for (long key : keys) {
            int id = grams.get(key);
            if (id < 0 && adding) {
                id = size++;
                grams.put(key, id);
            }
            if (id >= 0) {
                gramIds[knownGrams++] = id;
            }
        }
        return new FeatureSet(
                distinct(termIds, known),
                unseen == null ? 0 : unseen.size(),
                distinct(gramIds, knownGrams),
                keys.length - knownGrams);
    }

    /** Distinct bigram keys of both texts, spaces skipped (two characters and a kind, packed in a long). */
    private static long[] gramKeys(String reading, String written) {
        long[] keys = new long[reading.length() + written.length()];
        int n = bigrams(reading, READING, keys, 0);
        n = bigrams(written, WRITTEN, keys, n);
        Arrays.sort(keys, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || keys[distinct - 1] != keys[i]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    private static int bigrams(String text, long kind, long[] keys, int n) {
        char previous = 0;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (length++ > 0) {
                keys[n++] = kind << 32 | (long) previous << 16 | c;
            }
            previous = c;
        }
        if (length == 1) {
            keys[n++] = (SINGLE + kind) << 32 | previous;
        }
        return n;
    }

    private static int[] distinct(int[] ids, int n) {
        Arrays.sort(ids, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || ids[distinct - 1] != ids[i]) {
                ids[distinct++] = ids[i];
            }
        }
        return Arrays.copyOf(ids, distinct);
    }
}
