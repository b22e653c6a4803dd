package jp.kenpo.faq.text;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lets every token through and records the text's reading and surface from them, before any word is dropped,
 * and whether it denies something (the negating words are dropped later, with the other 助動詞); at the end of the
 * stream these are set in the {@link WholeTextAttribute}.
 */
final class WholeTextFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);
    private final BaseFormAttribute baseForm = addAttribute(BaseFormAttribute.class);
    private final WholeTextAttribute whole = addAttribute(WholeTextAttribute.class);
    private final StringBuilder readings = new StringBuilder();
    private final StringBuilder surfaces = new StringBuilder();
    private boolean negated;

    WholeTextFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String pos = partOfSpeech.getPartOfSpeech();
        if (pos == null || !pos.startsWith("記号")) {
            String read = reading.getReading();
            if (read != null) {
                readings.append(read);
            } else {
                readings.append(term.buffer(), 0, term.length());
            }
            surfaces.append(term.buffer(), 0, term.length());
        }
        negated |= negates(pos);
        return true;
    }

    /** ない / ぬ (ず) / ん (ません) as 助動詞, or the adjective ない / 無い: 届かない, 届いていない, 来ません, お知らせがない. */
    private boolean negates(String pos) {
        if (pos == null || !(pos.startsWith("助動詞") || pos.startsWith("形容詞"))) {
            return false;
        }
        String base = baseForm.getBaseForm() != null ? baseForm.getBaseForm() : term.toString();
        return base.equals("ない") || base.equals("無い") || base.equals("ぬ") || base.equals("ん");
    }

    @Override
    public void end() throws IOException {
        super.end();
        whole.set(fold(readings), fold(surfaces), negated);
    }

    private static String fold(CharSequence text) {
        return Kana.foldLongVowels(Kana.toHiragana(text.toString()));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readings.setLength(0);
        surfaces.setLength(0);
        negated = false;
    }
}
