package jp.kenpo.faq.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * A second Kuromoji beside a chain's own, for the short texts its filters read again while the chain's tokenizer
 * is in the middle of a text. One per chain, like the chain itself.
 */
final class SideTokenizer {

    private final JapaneseTokenizer tokenizer;
    private final ReadingAttribute reading;

    SideTokenizer(JapaneseTokenizer tokenizer) {
        this.tokenizer = tokenizer;
        this.reading = tokenizer.addAttribute(ReadingAttribute.class);
    }

    /** The text's tokens, to be restored into the chain, or null when one of them is a word Kuromoji does not know. */
    List<AttributeSource.State> knownWords(String text) throws IOException {
        List<AttributeSource.State> tokens = new ArrayList<>();
        boolean allKnown = true;
        tokenizer.setReader(new StringReader(text));
        try {
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                allKnown &= reading.getReading() != null;
                tokens.add(tokenizer.captureState());
            }
            tokenizer.end();
        } finally {
            tokenizer.close();
        }
        return allKnown ? tokens : null;
    }

    /** The reading of a text that is one known word, else null. */
    String readingOfOneWord(String text) throws IOException {
        String found = null;
        int count = 0;
        tokenizer.setReader(new StringReader(text));
        try {
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                found = reading.getReading();
                count++;
            }
            tokenizer.end();
        } finally {
            tokenizer.close();
        }
        return count == 1 ? found : null;
    }
}
