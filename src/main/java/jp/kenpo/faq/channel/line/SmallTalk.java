package jp.kenpo.faq.channel.line;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a member says in a chat that is not a question: a greeting, thanks or an acknowledgement, a request to wait,
 * or a request to speak with a person. Answering these from the FAQ gets 「該当する回答が見つかりませんでした」 for
 * a 「ありがとう」, or an item for 「担当者と話したい」; a chat answers them as a person would. Only whole short
 * messages count: 「ありがとうございます。お知らせが届きません」 is a question.
 */
enum SmallTalk {
    GREETING,
    THANKS,
    WAIT,
    PERSON;

    private static final int LONGEST = 40;
    /** Punctuation, symbols, spaces and emoji people add around a courtesy. */
    private static final Pattern DECORATION = Pattern.compile("[\\p{P}\\p{S}\\s]+");

    private static final Pattern GREETINGS = whole("(こんにちは|こんにちわ|こんばんは|こんばんわ|おはようございます|おはよう|はじめまして"
            + "|初めまして|よろしくお願いします|よろしくお願いいたします|よろしくおねがいします|宜しくお願いします|よろしく|もしもし|どうも|失礼します)");
    private static final Pattern THANKS_AND_OK = whole("(どうも|本当に|ほんとうに|よく|とても|大変)?(ありがとうございました|ありがとうございます"
            + "|ありがとう|有難うございました|有難うございます|助かりました|助かります|了解しました|了解です|了解|わかりました|分かりました"
            + "|承知しました|納得しました|解決しました|ok|おk|サンキュー|thanks|thankyou|ありがと)");
    private static final Pattern WAITING = whole("(ちょっと|少し|すこし|少々)?(待って|まって|お待ちください)(て|ください|くださいね|ね)?");
    private static final Pattern SOMEONE = Pattern.compile("(担当者|担当の方|オペレーター|オペレータ|有人|人間|スタッフ|職員|窓口の人|人と)");
    private static final Pattern SPEAK = Pattern.compile("(話し|話せ|話す|はなし|つない|繋い|つなげ|繋げ|代わ|かわって|電話|相談)");

    static Optional<SmallTalk> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = DECORATION
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT))
                .replaceAll("");
        if (plain.isEmpty() || plain.length() > LONGEST) {
            return Optional.empty();
        }
        if (SOMEONE.matcher(plain).find() && SPEAK.matcher(plain).find()) {
            return Optional.of(PERSON);
        }
        if (GREETINGS.matcher(plain).matches()) {
            return Optional.of(GREETING);
        }
        if (THANKS_AND_OK.matcher(plain).matches()) {
            return Optional.of(THANKS);
        }
        if (WAITING.matcher(plain).matches()) {
            return Optional.of(WAIT);
        }
        return Optional.empty();
    }

    /** One or more of the phrases, and nothing else. */
    private static Pattern whole(String phrases) {
        return Pattern.compile("(" + phrases + ")+");
    }
}
