package jp.kenpo.faq.channel.line;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.kenpo.faq.answer.Answer;
import jp.kenpo.faq.answer.ContactDesk;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.Wording;

/**
 * Turns an answer into LINE messages: the FAQ item, what applies to this member, then one follow-up question
 * or "did you mean" choices as quick-reply buttons (each carrying the conversation in its postback data), or, once
 * nothing more is asked, 解決した／解決しない.
 */
final class LineMessages {

    static final int MAX_MESSAGES = 5;
    static final int MAX_TEXT = 5000;
    static final int MAX_QUICK_REPLIES = 13;

    static final String GREETING = "友だち追加ありがとうございます。ジブラルタ健康保険組合です。\n"
            + "「資格情報のお知らせ」についてのご質問に、よくある質問（FAQ）からお答えします。\n"
            + "「お知らせが届かない」「お知らせをなくした」のように、ご質問を文字で入力してください。";
    static final String TEXT_ONLY = "申し訳ございません。スタンプや画像にはお答えできません。ご質問を文字で入力してください。";
    /**
     * For a tapped button that can no longer be answered: its data damaged, or its item gone from the FAQ since it
     * was sent. LINE has no login, so nothing has expired for the member; the choice is simply not available now.
     */
    static final String EXPIRED = "申し訳ございません。こちらの選択肢は現在ご利用いただけません。お手数ですが、ご質問をもう一度入力してください。";

    static final String JOINED = "ジブラルタ健康保険組合です。「資格情報のお知らせ」についてのご質問に、よくある質問（FAQ）からお答えします。\n"
            + "このトークでは、メンション（@）を付けてご質問いただいたときだけお答えします。個別のご事情は、1対1のトークでお伺いします。";
    static final String GREETED = "こんにちは。ジブラルタ健康保険組合です。「資格情報のお知らせ」についてのご質問を入力してください。";
    static final String THANKED = "どういたしまして。ほかにもご質問がございましたら、お気軽に入力してください。";
    static final String WAITING = "承知しました。ご質問がお決まりになりましたら、入力してください。";
    static final String PERSON_LEAD = "担当者へのお問い合わせは、下記までお願いいたします。";
    static final String NO_PERSON = "申し訳ございません。こちらのトークでは担当者におつなぎできません。";

    static final String NEXT_STEP = "ご案内は以上です。ほかにご質問がございましたら、文字で入力してください。";
    static final String NOTHING_MORE = "お伺いした内容では、上記の項目のご案内のとおりです。ほかにご質問がございましたら、文字で入力してください。";

    /** Under an answer that shows an item and asks nothing more (a 1:1 chat only). */
    static final String FEEDBACK_LEAD = "こちらのご案内で解決しましたか？";
    /** The reply to 解決した. */
    static final String HELPFUL_THANKS = "ご回答ありがとうございます。";
    /** The reply to 解決しない, above the contact desk. */
    static final String NOT_HELPFUL_LEAD = "ご回答ありがとうございます。お役に立てず申し訳ございません。\n言葉を変えてもう一度ご質問いただくか、下記までお問い合わせください。";
    /** The reply to 解決しない for a corpus that names no desk. */
    static final String NOT_HELPFUL_NO_DESK = "ご回答ありがとうございます。お役に立てず申し訳ございません。\nお手数ですが、言葉を変えてもう一度ご質問ください。";

    private static final String PERSONAL_LEAD = "お伺いした内容にもとづくご案内です。";
    private static final String CURRENT_LEAD = "現時点でのご案内です。";
    private static final String FOLLOW_UP_LEAD = "より詳しくご案内するため、お伺いします。\n";
    private static final String NOT_UNDERSTOOD = "恐れ入ります。お答えを読み取れませんでした。下のボタンからお選びいただけますか。\n";
    private static final String SUGGESTION_LEAD = "ほかに、こちらのご質問はございますか？";
    private static final String NO_MATCH_SUGGESTIONS = "もしかして、こちらのご質問でしょうか？";

    private LineMessages() {}

    /** @param conversation the item and facts so far, extended by each button */
    static List<ReplyRequest.Message> of(Answer answer, PostbackData conversation) {
        return of(answer, conversation, false);
    }

    /**
     * @param shared a group or room: others read the reply, so the member's facts are neither asked nor spoken of
     */
    static List<ReplyRequest.Message> of(Answer answer, PostbackData conversation, boolean shared) {
        List<ReplyRequest.Message> messages = new ArrayList<>();
        if (answer.best().isEmpty()) {
            answer.contact().ifPresent(desk -> messages.add(LineButtons.desk(desk.message() + block(desk), desk)));
            return withChoices(messages, NO_MATCH_SUGGESTIONS, itemChoices(answer.candidates(), conversation));
        }
        FaqItem item = answer.best().get().item();
        List<Explanation> today =
                answer.personalization().stream().filter(Explanation::isDay).toList();
        List<Explanation> personal =
                answer.personalization().stream().filter(e -> !e.isDay()).toList();
        if (!today.isEmpty()) {
            // the current state first: the FAQ's text below speaks of a deadline that may have passed
            messages.add(text(CURRENT_LEAD + "\n\n"
                    + today.stream().map(LineMessages::explanation).collect(Collectors.joining("\n\n"))));
        }
        // a tap answering a follow-up about the item shown goes on from it: the member has read its text already
        boolean goingOn = conversation.answering() && item.id().toString().equals(conversation.itemId());
        if (!goingOn) {
            messages.add(text("【" + item.id() + "】" + item.question() + "\n\n" + item.answer() + source(answer)));
        }
        if (!personal.isEmpty() && !shared) {
            String statements = PERSONAL_LEAD + "\n\n"
                    + personal.stream().map(LineMessages::explanation).collect(Collectors.joining("\n\n"));
            messages.add(answer.contact()
                    .map(desk -> LineButtons.desk(statements + block(desk), desk))
                    .orElse(text(statements)));
        }
        PostbackData about = new PostbackData(item.id().toString(), conversation.facts());
        if (!answer.followUps().isEmpty() && !shared) {
            FollowUp next = answer.followUps().get(0);
            messages.add(LineButtons.choices(FOLLOW_UP_LEAD + next.question(), factChoices(next, about)));
            return messages;
        }
        if (goingOn) {
            // the last answer: the verdict above, then what the member can do next
            messages.add(text(personal.isEmpty() ? NOTHING_MORE : NEXT_STEP));
            return withFeedback(messages, answer, shared);
        }
        if (answer.outcome() == MatchOutcome.SUGGEST && answer.candidates().size() > 1) {
            return withChoices(
                    messages,
                    SUGGESTION_LEAD,
                    itemChoices(
                            answer.candidates().subList(1, answer.candidates().size()), conversation));
        }
        return withFeedback(messages, answer, shared);
    }

    /**
     * 解決した／解決しない after an item the member has been answered with: not while a follow-up question or other
     * choices are still open, not in a group or room (the word is one member's), and never a sixth message.
     */
    private static List<ReplyRequest.Message> withFeedback(
            List<ReplyRequest.Message> messages, Answer answer, boolean shared) {
        if (!shared && messages.size() < MAX_MESSAGES) {
            FeedbackPostback.answerId(answer.id())
                    .ifPresent(id -> messages.add(LineButtons.feedback(FEEDBACK_LEAD, id)));
        }
        return messages;
    }

    /** The reply to 解決しない: thanks, and where a person can help, with buttons to call and write. */
    static List<ReplyRequest.Message> notHelpful(ContactDesk desk) {
        return desk.contact() == null
                ? List.of(text(NOT_HELPFUL_NO_DESK))
                : List.of(LineButtons.desk(NOT_HELPFUL_LEAD + "\n\n" + desk.contact(), desk));
    }

    /** A chat's courtesy answered as a person would; a request for a person gets the desk and its hours. */
    static List<ReplyRequest.Message> smallTalk(SmallTalk talk, ContactDesk desk) {
        return switch (talk) {
            case GREETING -> List.of(text(GREETED));
            case THANKS -> List.of(text(THANKED));
            case WAIT -> List.of(text(WAITING));
            case PERSON -> person(desk);
        };
    }

    /** A request for a person: the desk, with buttons to call and write where the corpus gives the number. */
    static List<ReplyRequest.Message> person(ContactDesk desk) {
        return desk.contact() == null
                ? List.of(text(NO_PERSON))
                : List.of(LineButtons.desk(PERSON_LEAD + "\n\n" + desk.contact(), desk));
    }

    /** The desk's block under its lead-in; nothing for a corpus that names no desk. */
    private static String block(ContactDesk desk) {
        return desk.contact() == null ? "" : "\n\n" + desk.contact();
    }

    static ReplyRequest.TextMessage text(String text) {
        return ReplyRequest.TextMessage.of(text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…");
    }

    /** The FAQ's own date under its text, so the member knows how old it is. */
    private static String source(Answer answer) {
        return answer.source().createdOn() == null
                ? ""
                : "\n\n（" + answer.source().title() + "　"
                        + Wording.date(answer.source().createdOn()) + "作成）";
    }

    private static String explanation(Explanation e) {
        return "・" + e.text() + "（項番 " + String.join("、", e.faqIds()) + "）";
    }

    private static List<ReplyRequest.Message> withChoices(
            List<ReplyRequest.Message> messages, String lead, List<LineButtons.Choice> choices) {
        if (!choices.isEmpty() && messages.size() < MAX_MESSAGES) {
            messages.add(LineButtons.choices(lead, choices));
        }
        return messages;
    }

    private static List<LineButtons.Choice> itemChoices(List<ScoredItem> candidates, PostbackData conversation) {
        return candidates.stream()
                .limit(MAX_QUICK_REPLIES)
                .map(c -> {
                    String id = c.item().id().toString();
                    String text = "【" + id + "】" + c.item().question();
                    return new LineButtons.Choice(
                            text,
                            text,
                            new PostbackData(id, conversation.facts()).encode(),
                            c.item().question());
                })
                .toList();
    }

    /**
     * A typed reply read as one of the follow-up's answers: said back first, so a member whose words were taken the
     * wrong way can tap the right button instead.
     */
    static List<ReplyRequest.Message> understood(String label, List<ReplyRequest.Message> reply) {
        String echo = "「" + label + "」としてお伺いしました。";
        List<ReplyRequest.Message> messages = new ArrayList<>(reply);
        if (!messages.isEmpty()
                && messages.get(0) instanceof ReplyRequest.TextMessage first
                && first.quickReply() == null) {
            messages.set(0, text(echo + "\n\n" + first.text()));
        } else if (messages.size() < MAX_MESSAGES) {
            messages.add(0, text(echo));
        }
        return messages;
    }

    /** A short typed reply that answers none of the follow-up's options: the same question again, with its buttons. */
    static List<ReplyRequest.Message> askAgain(FollowUp question, PostbackData about) {
        return List.of(LineButtons.choices(NOT_UNDERSTOOD + question.question(), factChoices(question, about)));
    }

    private static List<LineButtons.Choice> factChoices(FollowUp followUp, PostbackData about) {
        Fact fact = Fact.byKey(followUp.fact()).orElseThrow();
        return followUp.options().stream()
                .limit(MAX_QUICK_REPLIES)
                .map(o -> new LineButtons.Choice(
                        o.label(), o.label(), about.with(fact, o.value()).encode(), o.label()))
                .toList();
    }
}
