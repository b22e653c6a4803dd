package jp.kenpo.faq.text;

import org.apache.lucene.util.Attribute;

/**
 * The whole text as folded hiragana, set at the end of the stream (like a final offset): its reading, for the
 * character n-gram signal that survives all-hiragana input, bad segmentation and typos, and its surface with
 * katakana as hiragana, for kanji bigrams. Symbols are left out of both.
 */
public interface WholeTextAttribute extends Attribute {

    String reading();

    String surface();

    /** Whether the text denies something: a negating 助動詞 (ない, ぬ, ん of ません) or the adjective ない/無い. */
    boolean negated();

    void set(String reading, String surface, boolean negated);
}
