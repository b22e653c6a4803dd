package jp.kenpo.faq.text;

import java.util.List;
import java.util.Set;

/**
 * Decides which morphemes carry meaning for matching, by 品詞 (part of speech) and a short list of
 * light words that every question contains.
 */
final class ContentWords {

    /** 品詞 prefixes that never carry the topic of a question. */
    private static final List<String> FUNCTION_POS = List.of(
            "助詞", "助動詞", "記号", "フィラー", "感動詞", "接続詞", "連体詞", "接頭詞",
            "名詞-非自立", "名詞-代名詞", "名詞-特殊", "動詞-非自立", "動詞-接尾", "形容詞-非自立", "その他");

    /** Keys (folded hiragana) of light verbs and formal nouns. */
    private static final Set<String> LIGHT_KEYS = Set.of(
            "する", "ある", "いる", "なる", "できる", "おる", "いう", "やる", "くださる", "ござる", "いただく",
            "こと", "もの", "よ", "ため", "とき", "ところ", "さん", "さま", "など", "ら", "たち", "ない", "よい", "いい",
            "なん", "なに", "ど", "これ", "それ", "あれ", "もう", "まだ", "ちょっと", "すでに", "おしえる", "しる");

    private ContentWords() {
    }

    static boolean isContentPos(String partOfSpeech) {
        for (String prefix : FUNCTION_POS) {
            if (partOfSpeech.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLight(String key) {
        return LIGHT_KEYS.contains(key);
    }
}
