package jp.kenpo.faq.text;

import java.util.List;

/**
 * What matching needs of a text.
 *
 * @param terms   content words as normalised keys (読み-based, synonyms resolved), in order
 * @param reading the whole text as folded hiragana, for the character n-gram signal that survives
 *                all-hiragana input, bad segmentation and typos
 * @param surface the normalised text with katakana as hiragana and symbols removed, for kanji bigrams
 * @param negated the text denies something (届かない, 来ません, ない): "it did not come" rather than "will it come"
 */
public record AnalyzedText(List<String> terms, String reading, String surface, boolean negated) {

    /** A text that denies nothing. */
    public AnalyzedText(List<String> terms, String reading, String surface) {
        this(terms, reading, surface, false);
    }
}
