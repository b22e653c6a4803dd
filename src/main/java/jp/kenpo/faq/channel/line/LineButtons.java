package jp.kenpo.faq.channel.line;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.faq.answer.ContactDesk;

/**
 * Choices as LINE shows them everywhere. Quick replies appear only in LINE for smartphones and cut their labels at 20
 * characters, so 「【10-1】「資格情報のお知らせ」の内容…」 and its neighbours look alike; a Flex message shows each choice
 * in full as a panel to tap, on LINE for PC and Mac too. The quick replies stay, as a shortcut on phones.
 */
final class LineButtons {

    /** LINE's limits: a notification's alternative text, a quick-reply label. */
    static final int MAX_ALT_TEXT = 400;

    static final int MAX_LABEL = 20;
    /** More panels than this make a bubble longer than a phone's screen. */
    static final int MAX_PANELS = 8;

    static final String HELPFUL = "解決した";
    static final String NOT_HELPFUL = "解決しない";

    private static final Pattern PHONE = Pattern.compile("(?:TEL|Tel|電話)[：:]\\s*([0-9０-９][0-9０-９\\-－‐]{8,14}[0-9０-９])");
    private static final Pattern MAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");

    private LineButtons() {}

    /**
     * One choice: what its panel says in full, and what tapping it sends.
     *
     * @param text  shown in full on the panel
     * @param label the quick reply's label (cut to 20 characters)
     * @param data  the postback data
     * @param shown what the member's side of the chat shows after the tap
     */
    record Choice(String text, String label, String data, String shown) {}

    /** The lead and a panel per choice, with the same choices as quick replies. */
    static ReplyRequest.Message choices(String lead, List<Choice> choices) {
        List<ReplyRequest.Component> body = new ArrayList<>();
        body.add(ReplyRequest.Text.bold(lead));
        choices.stream()
                .limit(MAX_PANELS)
                .forEach(c -> body.add(ReplyRequest.Box.panel(List.of(ReplyRequest.Text.of(c.text())), action(c))));
        return ReplyRequest.FlexMessage.of(alt(lead), ReplyRequest.Box.vertical(body))
                .withQuickReply(choices.stream()
                        .limit(LineMessages.MAX_QUICK_REPLIES)
                        .map(c -> new ReplyRequest.QuickReplyItem("action", action(c)))
                        .toList());
    }

    /**
     * The contact desk with buttons that dial its number and write to its address, where the corpus gives them;
     * plain text where it gives neither.
     */
    static ReplyRequest.Message desk(String text, ContactDesk desk) {
        List<ReplyRequest.Component> buttons = new ArrayList<>();
        if (desk.contact() != null) {
            Matcher phone = PHONE.matcher(desk.contact());
            if (phone.find()) {
                String digits = java.text.Normalizer.normalize(phone.group(1), java.text.Normalizer.Form.NFKC)
                        .replaceAll("[^0-9]", "");
                buttons.add(ReplyRequest.Button.primary(ReplyRequest.UriAction.of("電話をかける", "tel:" + digits)));
            }
            Matcher mail = MAIL.matcher(desk.contact());
            if (mail.find()) {
                buttons.add(ReplyRequest.Button.of(ReplyRequest.UriAction.of("メールを送る", "mailto:" + mail.group())));
            }
        }
        if (buttons.isEmpty()) {
            return LineMessages.text(text);
        }
        List<ReplyRequest.Component> body = new ArrayList<>();
        body.add(ReplyRequest.Text.of(text));
        body.addAll(buttons);
        return ReplyRequest.FlexMessage.of(alt(text), ReplyRequest.Box.vertical(body));
    }

    /**
     * 解決した／解決しない under an answer: two buttons side by side (every LINE app) and the same two as quick replies
     * (a phone's shortcut). Each tap sends the answer's id and the word, and shows the word as the member's.
     */
    static ReplyRequest.Message feedback(String lead, UUID answerId) {
        List<Choice> choices = List.of(
                new Choice(HELPFUL, HELPFUL, new FeedbackPostback(answerId, true).encode(), HELPFUL),
                new Choice(NOT_HELPFUL, NOT_HELPFUL, new FeedbackPostback(answerId, false).encode(), NOT_HELPFUL));
        ReplyRequest.Box buttons = ReplyRequest.Box.horizontal(List.of(
                ReplyRequest.Button.primary(action(choices.get(0))), ReplyRequest.Button.of(action(choices.get(1)))));
        return ReplyRequest.FlexMessage.of(
                        alt(lead), ReplyRequest.Box.vertical(List.of(ReplyRequest.Text.bold(lead), buttons)))
                .withQuickReply(choices.stream()
                        .map(c -> new ReplyRequest.QuickReplyItem("action", action(c)))
                        .toList());
    }

    private static ReplyRequest.PostbackAction action(Choice choice) {
        return new ReplyRequest.PostbackAction("postback", label(choice.label()), choice.data(), choice.shown());
    }

    static String label(String text) {
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
    }

    private static String alt(String text) {
        return text.length() <= MAX_ALT_TEXT ? text : text.substring(0, MAX_ALT_TEXT - 1) + "…";
    }
}
