package jp.kenpo.faq.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * First step for every text, question or corpus alike: NFKC (全角英数→半角, 半角カナ→全角), lower case,
 * invisible and control characters removed, wave dashes and long-vowel look-alikes unified, white space
 * collapsed, romaji words turned into hiragana, and the spoken しちゃう written out.
 */
public final class TextNormalizer {

    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");
    /**
     * しちゃう, the spoken してしまう of a verb in す (なくしちゃった, 出しちゃいました): Kuromoji reads なくしちゃった
     * as ない + する, and the verb is lost. Written out in full it is read as the verb. Other verbs' ちゃう (捨てちゃう)
     * are read right and stay as typed; ちゃいけない (ては, not てしまう) and ちゃんと do not match. (し before a word
     * in ちゃ, as in 少しちゃわんを, is read wrongly: rare in questions to an insurer.)
     */
    private static final Pattern CONTRACTED_SHIMAU = Pattern.compile("(?<=し)ちゃ(っ|う|わ|お|い(?=ま))");

    private TextNormalizer() {}

    public static String normalize(String text) {
        String nfkc =
                Normalizer.normalize(stripInvisible(text), Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            out.append(
                    switch (c) {
                        case '〜', '～', '~' -> 'ー';
                        case '−', '－', '‐', '―', '—', '–' -> '-';
                        case '\u3000', '\t', '\n', '\r' -> ' ';
                        default -> c;
                    });
        }
        return spellOutShimau(
                Romaji.convertWords(SPACE_RUN.matcher(out).replaceAll(" ").strip()));
    }

    private static String spellOutShimau(String text) {
        return CONTRACTED_SHIMAU.matcher(text).replaceAll("てしま$1");
    }

    /** Drops zero-width characters, controls and lone surrogates, which people paste in without seeing them. */
    private static String stripInvisible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            int type = Character.getType(c);
            boolean invisible = type == Character.FORMAT
                    || type == Character.SURROGATE
                    || (type == Character.CONTROL && !Character.isWhitespace(c));
            if (!invisible) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
