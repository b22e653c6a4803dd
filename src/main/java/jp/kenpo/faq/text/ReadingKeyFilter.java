package jp.kenpo.faq.text;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Replaces each word by its key: its folded hiragana reading, and for an inflected word the reading of its
 * 基本形, so that お知らせ / おしらせ / オシラセ and 届かない / 届く meet.
 */
final class ReadingKeyFilter extends TokenFilter {

    private static final int LEMMA_CACHE_LIMIT = 20_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final BaseFormAttribute baseForm = addAttribute(BaseFormAttribute.class);
    private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
    private final SideTokenizer side;
    private final Map<String, String> lemmaReadings;

    ReadingKeyFilter(TokenStream input, SideTokenizer side, Map<String, String> lemmaReadings) {
        super(input);
        this.side = side;
        this.lemmaReadings = lemmaReadings;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String key = Kana.foldLongVowels(Kana.toHiragana(readingOfKey()));
            if (key.isEmpty()) {
                continue; // a lone ー (すごーく cut at it): an empty key would be one word shared by unrelated texts
            }
            term.setEmpty().append(key);
            return true;
        }
        return false;
    }

    private String readingOfKey() throws IOException {
        String pos = partOfSpeech.getPartOfSpeech();
        if (pos != null && (pos.startsWith("動詞") || pos.startsWith("形容詞"))) {
            String base = baseForm.getBaseForm();
            return lemmaReading(base != null ? base : term.toString());
        }
        String read = reading.getReading();
        return read != null ? read : term.toString();
    }

    private String lemmaReading(String base) throws IOException {
        if (Kana.isKana(base)) {
            return base;
        }
        String cached = lemmaReadings.get(base);
        if (cached != null) {
            return cached;
        }
        String read = side.readingOfOneWord(base);
        String lemma = read != null ? read : base;
        if (lemmaReadings.size() < LEMMA_CACHE_LIMIT) {
            lemmaReadings.put(base, lemma);
        }
        return lemma;
    }
}
