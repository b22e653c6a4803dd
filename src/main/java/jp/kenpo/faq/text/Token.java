package jp.kenpo.faq.text;

/**
 * A morpheme as Kuromoji sees it.
 *
 * @param surface  the text as written (after normalisation)
 * @param baseForm 基本形 of an inflected word, or the surface for words that do not inflect
 * @param reading  読み in katakana, or null for unknown words
 * @param partOfSpeech IPADIC 品詞, e.g. 名詞-サ変接続
 */
public record Token(String surface, String baseForm, String reading, String partOfSpeech) {

    public boolean inflects() {
        return partOfSpeech.startsWith("動詞") || partOfSpeech.startsWith("形容詞");
    }
}
