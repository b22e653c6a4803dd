package jp.kenpo.faq.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.util.CSVUtil;

/**
 * User-dictionary lines for the corpus's own words typed in hiragana (しかくじょうほう, さいはっこう, びょういん).
 * Kuromoji's dictionary is made for written text: a sentence in hiragana falls apart into guesses (さいはっこう →
 * さい「歳」+ はっこう), and members on a phone type just that.
 *
 * <p>Every word the corpus names as a domain word — an entry of its user dictionary or a word of a synonym group —
 * that is written in kanji or katakana and read as content nouns gets its hiragana reading as an entry (katakana
 * ones keep their ー: かーどりーだー, まいなんばーかーど, which Kuromoji cuts at each ー otherwise), cut and
 * read as Kuromoji cuts the kanji in normal mode. Both spellings then give the same terms, except for a compound of
 * Kuromoji's own dictionary, which search mode also splits into its parts in kanji only. Built from the corpus's
 * files, so another FAQ's words get theirs.
 */
final class KanaSpellings {

    /**
     * Readings shorter than this are left out: a user-dictionary entry wins wherever it starts, and short readings
     * occur inside ordinary hiragana (使用 is しよう, as in どうしよう).
     */
    static final int SHORTEST = 4;

    /**
     * Endings that follow a verb in almost every question (届いていないようです, 来ますか): a spelling that starts with
     * one (内容 is ないよう) would be read inside them.
     */
    private static final Pattern VERB_ENDINGS = Pattern.compile("ない|ます|です");

    private KanaSpellings() {}

    /** The user dictionary with the hiragana lines added after its own. */
    static String addTo(String userDictionary, UserDictionary dictionary, List<List<String>> synonymGroups) {
        Set<String> surfaces = new HashSet<>();
        List<String> words = new ArrayList<>();
        for (String line : userDictionary.lines().toList()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String surface = CSVUtil.parse(line)[0];
                surfaces.add(surface);
                words.add(surface);
            }
        }
        synonymGroups.forEach(words::addAll);
        Map<String, String> lines = new LinkedHashMap<>();
        JapaneseTokenizer tokenizer = new JapaneseTokenizer(dictionary, true, false, JapaneseTokenizer.Mode.NORMAL);
        for (String word : words) {
            String written = TextNormalizer.normalize(word);
            String line = writtenInKanjiOrKatakana(written) ? hiraganaLine(tokenizer, written) : null;
            String surface = line == null ? null : line.substring(0, line.indexOf(','));
            if (surface != null && !surfaces.contains(surface)) {
                lines.putIfAbsent(surface, line);
            }
        }
        return lines.isEmpty() ? userDictionary : userDictionary + "\n" + String.join("\n", lines.values()) + "\n";
    }

    /** {@code surface,segmentation,readings,pos} in hiragana, or null for a word that is not all content nouns. */
    private static String hiraganaLine(JapaneseTokenizer tokenizer, String written) {
        List<String> readings = nounReadings(tokenizer, written);
        if (readings == null) {
            return null;
        }
        List<String> segments = readings.stream().map(Kana::toHiragana).toList();
        String surface = String.join("", segments);
        if (surface.length() < SHORTEST
                || !Kana.isKana(surface)
                || VERB_ENDINGS.matcher(surface).lookingAt()) {
            return null;
        }
        return surface + "," + String.join(" ", segments) + "," + String.join(" ", readings) + ",カスタム名詞";
    }

    /** The readings of the word's morphemes, or null unless each is a content noun with a reading. */
    private static List<String> nounReadings(JapaneseTokenizer tokenizer, String written) {
        ReadingAttribute reading = tokenizer.getAttribute(ReadingAttribute.class);
        PartOfSpeechAttribute partOfSpeech = tokenizer.getAttribute(PartOfSpeechAttribute.class);
        List<String> readings = new ArrayList<>();
        boolean nouns = true;
        try (tokenizer) {
            tokenizer.setReader(new StringReader(written));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String pos = partOfSpeech.getPartOfSpeech();
                nouns &= reading.getReading() != null
                        && pos != null
                        && (pos.startsWith("名詞") || pos.startsWith("カスタム名詞"))
                        && ContentWordFilter.carriesContent(pos);
                readings.add(reading.getReading());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nouns && !readings.isEmpty() ? readings : null;
    }

    /**
     * Written in kanji or katakana, maybe with okurigana (資格情報, カードリーダー, マイナ保険証): a word typed in
     * hiragana already needs no spelling, and one with latin letters or digits has no single reading.
     */
    private static boolean writtenInKanjiOrKatakana(String text) {
        boolean notHiragana = false;
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(i));
            boolean kana = script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
            notHiragana |= script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA;
            if (script != Character.UnicodeScript.HAN && !kana && text.charAt(i) != 'ー') {
                return false;
            }
        }
        return notHiragana;
    }
}
