package jp.kenpo.faq.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hepburn and kunrei romaji → hiragana, for members who type {@code oshirase todokanai}. A Latin word that is
 * not entirely romaji (PGF, CLIS, ATM, URL …) is left as it is.
 */
public final class Romaji {

    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]{2,}");
    private static final Map<String, String> SYLLABLES = new HashMap<>();

    static {
        String[][] rows = {
            {"", "あ", "い", "う", "え", "お"}, {"k", "か", "き", "く", "け", "こ"}, {"s", "さ", "し", "す", "せ", "そ"},
            {"t", "た", "ち", "つ", "て", "と"}, {"n", "な", "に", "ぬ", "ね", "の"}, {"h", "は", "ひ", "ふ", "へ", "ほ"},
            {"m", "ま", "み", "む", "め", "も"}, {"y", "や", "い", "ゆ", "いぇ", "よ"}, {"r", "ら", "り", "る", "れ", "ろ"},
            {"w", "わ", "うぃ", "う", "うぇ", "を"}, {"g", "が", "ぎ", "ぐ", "げ", "ご"}, {"z", "ざ", "じ", "ず", "ぜ", "ぞ"},
            {"d", "だ", "ぢ", "づ", "で", "ど"}, {"b", "ば", "び", "ぶ", "べ", "ぼ"}, {"p", "ぱ", "ぴ", "ぷ", "ぺ", "ぽ"},
            {"f", "ふぁ", "ふぃ", "ふ", "ふぇ", "ふぉ"}, {"j", "じゃ", "じ", "じゅ", "じぇ", "じょ"},
        };
        String vowels = "aiueo";
        for (String[] row : rows) {
            for (int v = 0; v < 5; v++) {
                SYLLABLES.put(row[0] + vowels.charAt(v), row[v + 1]);
            }
        }
        String[][] palatal = {
            {"ky", "き"},
            {"sh", "し"},
            {"sy", "し"},
            {"ch", "ち"},
            {"ty", "ち"},
            {"cy", "ち"},
            {"ny", "に"},
            {"hy", "ひ"},
            {"my", "み"},
            {"ry", "り"},
            {"gy", "ぎ"},
            {"zy", "じ"},
            {"jy", "じ"},
            {"by", "び"},
            {"py", "ぴ"},
            {"dy", "ぢ"}
        };
        for (String[] p : palatal) {
            SYLLABLES.put(p[0] + "a", p[1] + "ゃ");
            SYLLABLES.put(p[0] + "u", p[1] + "ゅ");
            SYLLABLES.put(p[0] + "o", p[1] + "ょ");
        }
        SYLLABLES.put("shi", "し");
        SYLLABLES.put("chi", "ち");
        SYLLABLES.put("tsu", "つ");
        SYLLABLES.put("she", "しぇ");
        SYLLABLES.put("che", "ちぇ");
        SYLLABLES.put("nn", "ん");
        SYLLABLES.put("xtu", "っ");
        SYLLABLES.put("xtsu", "っ");
    }

    private Romaji() {}

    /** Replaces every Latin word that reads entirely as romaji by its hiragana. */
    public static String convertWords(String text) {
        Matcher matcher = LATIN_WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(toHiragana(matcher.group()).orElse(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The hiragana for a lower-case word, or empty when the word is not romaji. */
    public static Optional<String> toHiragana(String word) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            if (i + 1 < word.length() && c == word.charAt(i + 1) && "aiueon".indexOf(c) < 0) {
                out.append('っ');
                i++;
                continue;
            }
            if (c == 'n' && (i + 1 == word.length() || "aiueoy".indexOf(word.charAt(i + 1)) < 0)) {
                out.append('ん');
                i += (i + 1 < word.length() && word.charAt(i + 1) == '\'') ? 2 : 1;
                continue;
            }
            String kana = null;
            int length = 4;
            for (; length >= 1 && kana == null; length--) {
                if (i + length <= word.length()) {
                    kana = SYLLABLES.get(word.substring(i, i + length));
                }
            }
            if (kana == null) {
                return Optional.empty();
            }
            out.append(kana);
            i += length + 1;
        }
        return Optional.of(out.toString());
    }
}
