package jp.kenpo.faq.channel.line;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of LINE's reply API: a reply token and at most five messages. */
record ReplyRequest(String replyToken, List<TextMessage> messages) {

    /** A text message, with quick-reply buttons on the last one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TextMessage(String type, String text, QuickReply quickReply) {

        static TextMessage of(String text) {
            return new TextMessage("text", text, null);
        }

        TextMessage withQuickReply(List<QuickReplyItem> items) {
            return new TextMessage(type, text, items.isEmpty() ? null : new QuickReply(items));
        }
    }

    record QuickReply(List<QuickReplyItem> items) {}

    record QuickReplyItem(String type, PostbackAction action) {

        static QuickReplyItem postback(String label, String data, String displayText) {
            return new QuickReplyItem("action", new PostbackAction("postback", label, data, displayText));
        }
    }

    record PostbackAction(String type, String label, String data, String displayText) {}
}
