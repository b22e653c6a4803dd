package jp.kenpo.faq.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A katakana run Kuromoji does not know (トドカナイ, typed in katakana or half-width kana) is read again as
 * hiragana, and replaced by those tokens when they are all known words.
 */
final class KatakanaRereadingFilter extends TokenFilter {

    private final SideTokenizer side;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final ArrayDeque<AttributeSource.State> pending = new ArrayDeque<>();

    KatakanaRereadingFilter(TokenStream input, SideTokenizer side) {
        super(input);
        this.side = side;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (pending.isEmpty()) {
            if (!input.incrementToken()) {
                return false;
            }
            List<AttributeSource.State> reread = reading.getReading() == null ? reread(term.toString()) : null;
            if (reread == null) {
                return true;
            }
            pending.addAll(reread);
        }
        restoreState(pending.poll());
        return true;
    }

    private List<AttributeSource.State> reread(String surface) throws IOException {
        String hiragana = Kana.toHiragana(surface);
        return Kana.isKana(surface) && !surface.equals(hiragana) ? side.knownWords(hiragana) : null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
