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
 * guesses of its own (シカクジョウホウ… gives シカ, 鹿): once the run reads as words, the guesses inside it go.
 */
final class KatakanaRereadingFilter extends TokenFilter {

    private final SideTokenizer side;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final ArrayDeque<AttributeSource.State> pending = new ArrayDeque<>();
    private boolean read;

    /**
     * A token of the input: its place, state and span, and the words it reads as when it is a run read again.
     */
    private record Read(int index, AttributeSource.State state, int start, int end, List<AttributeSource.State> words) {

        /** Within the run's span: a guess, a shorter run, or the same span read again later. */
        boolean inside(Read run) {
            boolean within = run.start <= start && end <= run.end;
            boolean sameSpan = run.start == start && run.end == end;
            return run.index != index && within && (!sameSpan || words == null || run.index < index);
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

    /** The whole text first: some guesses inside a run come before the run itself. */
    private void readAll() throws IOException {
        List<Read> tokens = new ArrayList<>();
        List<Read> runs = new ArrayList<>();
        while (input.incrementToken()) {
            List<AttributeSource.State> words = reading.getReading() == null ? reread(term.toString()) : null;
            Read token = new Read(tokens.size(), captureState(), offset.startOffset(), offset.endOffset(), words);
            tokens.add(token);
            if (words != null) {
                runs.add(token);
            }
        }
        for (Read token : tokens) {
            if (!runs.isEmpty() && runs.stream().anyMatch(token::inside)) {
                continue; // a guess, or a shorter run, inside a run read as words
            }
            if (token.words() != null) {
                pending.addAll(token.words());
            } else {
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
