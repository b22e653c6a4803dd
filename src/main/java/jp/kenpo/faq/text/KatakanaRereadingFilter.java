package jp.kenpo.faq.text;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A katakana run Kuromoji does not know (トドカナイ, typed in katakana or half-width kana) is read again as
 * hiragana, and replaced by those tokens when they are all known words. Search mode also splits such a run into
 * guesses of its own (シカクジョウホウ… gives シカ, 鹿): once the run reads as words, those guesses inside it go.
 */
final class KatakanaRereadingFilter extends TokenFilter {

    private final SideTokenizer side;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final ArrayDeque<AttributeSource.State> pending = new ArrayDeque<>();
    private boolean read;

    /** A token of the input, with the words its run reads as (null: kept as it is). */
    private record Token(AttributeSource.State state, int start, int end, List<AttributeSource.State> reread) {

        boolean inside(Token run) {
            return run != this && run.reread != null && run.start <= start && end <= run.end;
        }
    }

    KatakanaRereadingFilter(TokenStream input, SideTokenizer side) {
        super(input);
        this.side = side;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!read) {
            readAll();
            read = true;
        }
        if (pending.isEmpty()) {
            return false;
        }
        restoreState(pending.poll());
        return true;
    }

    /** The whole text first: the guesses inside a run come before the run itself. */
    private void readAll() throws IOException {
        List<Token> tokens = new ArrayList<>();
        while (input.incrementToken()) {
            List<AttributeSource.State> reread = reading.getReading() == null ? reread(term.toString()) : null;
            tokens.add(new Token(captureState(), offset.startOffset(), offset.endOffset(), reread));
        }
        for (Token token : tokens) {
            if (token.reread() != null) {
                pending.addAll(token.reread());
            } else if (tokens.stream().noneMatch(token::inside)) {
                pending.add(token.state());
            }
        }
    }

    private List<AttributeSource.State> reread(String surface) throws IOException {
        String hiragana = Kana.toHiragana(surface);
        return Kana.isKana(surface) && !surface.equals(hiragana) ? side.knownWords(hiragana) : null;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        read = false;
    }
}
