package jp.kenpo.faq.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * 同義語: rewrites any word (or phrase) of a group into the group's canonical term, so that
 * 通知 / お知らせ / ハガキ count as one term. Phrases are matched as key sequences, longest first.
 */
final class Synonyms {

    private static final int LONGEST_PHRASE = 4;

    private final Map<List<String>, String> canonicalOf = new HashMap<>();

    /** @param keysOf the analyzer's own key extraction, so group words are read exactly like questions */
    Synonyms(List<List<String>> groups, Function<String, List<String>> keysOf) {
        for (List<String> group : groups) {
            String canonical = "≡" + group.get(0);
            for (String word : group) {
                List<String> keys = keysOf.apply(word);
                if (!keys.isEmpty() && keys.size() <= LONGEST_PHRASE) {
                    canonicalOf.putIfAbsent(keys, canonical);
                }
            }
        }
    }

    List<String> apply(List<String> keys) {
        List<String> out = new java.util.ArrayList<>(keys.size());
        int i = 0;
        while (i < keys.size()) {
            int matched = 0;
            for (int length = Math.min(LONGEST_PHRASE, keys.size() - i); length >= 1 && matched == 0; length--) {
                String canonical = canonicalOf.get(keys.subList(i, i + length));
                if (canonical != null) {
                    out.add(canonical);
                    matched = length;
                }
            }
            if (matched == 0) {
                out.add(keys.get(i));
                matched = 1;
            }
            i += matched;
        }
        return out;
    }
}
