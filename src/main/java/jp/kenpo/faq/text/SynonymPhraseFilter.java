package jp.kenpo.faq.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * 同義語: a key sequence that is a word of a synonym group becomes the group's canonical term, longest phrase
 * first. Only the term is passed on: nothing after this filter reads more of a token.
 */
final class SynonymPhraseFilter extends TokenFilter {

    private final SynonymPhrases phrases;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    /** The keys read ahead: the longest phrase that might start at the first. */
    private final List<String> window = new ArrayList<>(SynonymPhrases.LONGEST_PHRASE);

    private boolean exhausted;

    SynonymPhraseFilter(TokenStream input, SynonymPhrases phrases) {
        super(input);
        this.phrases = phrases;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (!exhausted && window.size() < SynonymPhrases.LONGEST_PHRASE) {
            if (input.incrementToken()) {
                window.add(term.toString());
            } else {
                exhausted = true;
            }
        }
        if (window.isEmpty()) {
            return false;
        }
        String out = window.get(0);
        int used = 1;
        for (int length = window.size(); length >= 1; length--) {
            String canonical = phrases.canonicalOf(window.subList(0, length));
            if (canonical != null) {
                out = canonical;
                used = length;
                break;
            }
        }
        window.subList(0, used).clear();
        clearAttributes();
        term.append(out);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        window.clear();
        exhausted = false;
    }
}
