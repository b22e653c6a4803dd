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

    void set(String reading, String surface);
}
