package jp.kenpo.faq.matching;

import java.util.HashSet;
import java.util.Set;

/** Character bigrams of a folded hiragana reading: the signal that survives typos and odd segmentation. */
final class Grams {

    private Grams() {
    }

    static Set<String> of(String reading) {
        Set<String> grams = new HashSet<>();
        String text = reading.replace(" ", "");
        if (text.length() == 1) {
            grams.add(text);
        }
        for (int i = 0; i + 2 <= text.length(); i++) {
            grams.add(text.substring(i, i + 2));
        }
        return grams;
    }
}
