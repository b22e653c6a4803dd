package jp.kenpo.faq.text;

/** Kana conversions that make お知らせ / おしらせ / オシラセ, and ほけんしょう / hokensho, compare equal. */
public final class Kana {

    private static final String O_ROW = "おこごそぞとどのほぼぽもよょろを";
    private static final String U_ROW = "うくぐすずつづぬふぶぷむゆゅるぅ";

    private Kana() {}

    /** カタカナ → ひらがな; everything else unchanged. */
    public static String toHiragana(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    /**
     * Folds long vowels, which people write in many ways or leave out (ほけんしょう, ほけんしょ, ホケンショー):
     * drops ー and an う lengthening an o- or u-sound. (お is kept: after の it is usually the honorific お.)
     */
    public static String foldLongVowels(String hiragana) {
        StringBuilder out = new StringBuilder(hiragana.length());
        char previous = 0;
        for (int i = 0; i < hiragana.length(); i++) {
            char c = hiragana.charAt(i);
            boolean lengthening =
                    c == 'ー' || (c == 'う' && (O_ROW.indexOf(previous) >= 0 || U_ROW.indexOf(previous) >= 0));
            if (!lengthening) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    public static boolean isKana(String text) {
        return !text.isEmpty()
                && text.chars().allMatch(c -> (c >= 'ぁ' && c <= 'ゖ') || (c >= 'ァ' && c <= 'ヶ') || c == 'ー');
    }
}
