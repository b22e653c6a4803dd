package jp.kenpo.faq.text;

import java.util.List;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;

/** Keeps the morphemes that can carry the topic of a question, by 品詞 (part of speech). */
final class ContentWordFilter extends FilteringTokenFilter {

    /** 品詞 prefixes that never carry the topic of a question. */
    private static final List<String> FUNCTION_POS = List.of(
            "助詞", "助動詞", "記号", "フィラー", "感動詞", "接続詞", "連体詞", "接頭詞", "名詞-非自立", "名詞-代名詞", "名詞-特殊", "動詞-非自立", "動詞-接尾",
            "形容詞-非自立", "その他");

    private final PartOfSpeechAttribute partOfSpeech = addAttribute(PartOfSpeechAttribute.class);

    ContentWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean accept() {
        return carriesContent(partOfSpeech.getPartOfSpeech());
    }

    /** Whether a morpheme of this 品詞 can carry a question's topic (an unknown 品詞 can). */
    static boolean carriesContent(String pos) {
        if (pos == null) {
            return true;
        }
        for (String prefix : FUNCTION_POS) {
            if (pos.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
