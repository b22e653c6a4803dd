package jp.kenpo.faq.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 同義語 groups as key sequences: any word (or phrase) of a group stands for the group's canonical term, so that
 * 通知 / お知らせ / ハガキ count as one term.
 */
final class SynonymPhrases {

    static final int LONGEST_PHRASE = 4;

    private final Map<List<String>, String> canonicalOf = new HashMap<>();

    /** @param keysOf the analyzer's own keys of a word, so group words are read exactly like questions */
    SynonymPhrases(List<List<String>> groups, Function<String, List<String>> keysOf) {
        for (List<String> group : groups) {
            String canonical = "≡" + group.get(0);
            for (String word : group) {
                List<String> keys = keysOf.apply(word);
                if (!keys.isEmpty() && keys.size() <= LONGEST_PHRASE) {
                    canonicalOf.putIfAbsent(List.copyOf(keys), canonical);
                }
            }
        }
    }

    /** The canonical term of a phrase, or null when it is no group's word. */
    String canonicalOf(List<String> keys) {
        return canonicalOf.get(keys);
    }
}
