package jp.kenpo.faq.text;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Kuromoji with the domain's user dictionary. Lucene's tokenizer is not thread-safe and is costly to build,
 * so each thread keeps one and reuses it.
 */
final class KuromojiTokenizer {

    private final ThreadLocal<Session> sessions;

    KuromojiTokenizer(UserDictionary userDictionary) {
        // SEARCH mode splits long kanji compounds (健康保険証 → 健康/保険/証) and keeps the compound too
        this.sessions = ThreadLocal.withInitial(() -> new Session(
                new JapaneseTokenizer(userDictionary, true, false, JapaneseTokenizer.Mode.SEARCH)));
    }

    List<Token> tokenize(String normalizedText) {
        return sessions.get().tokenize(normalizedText);
    }

    private static final class Session {
        private final JapaneseTokenizer tokenizer;
        private final CharTermAttribute term;
        private final BaseFormAttribute baseForm;
        private final ReadingAttribute reading;
        private final PartOfSpeechAttribute partOfSpeech;

        Session(JapaneseTokenizer tokenizer) {
            this.tokenizer = tokenizer;
            this.term = tokenizer.addAttribute(CharTermAttribute.class);
            this.baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
            this.reading = tokenizer.addAttribute(ReadingAttribute.class);
            this.partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        }

        List<Token> tokenize(String text) {
            List<Token> tokens = new ArrayList<>();
            try {
                tokenizer.setReader(new StringReader(text));
                tokenizer.reset();
                while (tokenizer.incrementToken()) {
                    String surface = term.toString();
                    String base = baseForm.getBaseForm();
                    String pos = partOfSpeech.getPartOfSpeech();
                    tokens.add(new Token(surface, base == null ? surface : base, reading.getReading(),
                            pos == null ? "未知語" : pos));
                }
                tokenizer.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                try {
                    tokenizer.close();
                } catch (IOException ignored) {
                    // closing a StringReader cannot fail in a way that matters here
                }
            }
            return tokens;
        }
    }
}
