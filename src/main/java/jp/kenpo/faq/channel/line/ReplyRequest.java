package jp.kenpo.faq.channel.line;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of LINE's reply API: a reply token and at most five messages. */
record ReplyRequest(String replyToken, List<Message> messages) {

    /** A message of the reply; the last may carry quick-reply buttons. */
    sealed interface Message permits TextMessage, FlexMessage {
        Message withQuickReply(List<QuickReplyItem> items);
    }

    /** A text message. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TextMessage(String type, String text, QuickReply quickReply) implements Message {

        static TextMessage of(String text) {
            return new TextMessage("text", text, null);
        }

        @Override
        public TextMessage withQuickReply(List<QuickReplyItem> items) {
            return new TextMessage(type, text, items.isEmpty() ? null : new QuickReply(items));
        }
    }

    /**
     * A Flex message: buttons that show on every LINE app, LINE for PC and Mac included, where quick replies do not.
     *
     * @param altText what notifications and old apps show instead
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FlexMessage(String type, String altText, Bubble contents, QuickReply quickReply) implements Message {

        static FlexMessage of(String altText, Box body) {
            return new FlexMessage("flex", altText, new Bubble("bubble", body), null);
        }

        @Override
        public FlexMessage withQuickReply(List<QuickReplyItem> items) {
            return new FlexMessage(type, altText, contents, items.isEmpty() ? null : new QuickReply(items));
        }
    }

    record Bubble(String type, Box body) {}

    /** A Flex component: a box, a text or a button. */
    sealed interface Component permits Box, Text, Button {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Box(
            String type,
            String layout,
            List<Component> contents,
            String spacing,
            String paddingAll,
            String backgroundColor,
            String cornerRadius,
            Action action)
            implements Component {

        static Box vertical(List<Component> contents) {
            return new Box("box", "vertical", contents, "md", null, null, null, null);
        }

        /** Side by side, e.g. two buttons of equal width. */
        static Box horizontal(List<Component> contents) {
            return new Box("box", "horizontal", contents, "md", null, null, null, null);
        }

        /** A tappable panel: the whole text shows, however long, where a button's label would be cut. */
        static Box panel(List<Component> contents, Action action) {
            return new Box("box", "vertical", contents, null, "12px", "#EEF3F8", "8px", action);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Text(String type, String text, Boolean wrap, String size, String weight, String color) implements Component {

        static Text of(String text) {
            return new Text("text", text, true, "md", null, null);
        }

        static Text bold(String text) {
            return new Text("text", text, true, "md", "bold", null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Button(String type, String style, String height, Action action) implements Component {

        static Button of(Action action) {
            return new Button("button", "secondary", "sm", action);
        }

        static Button primary(Action action) {
            return new Button("button", "primary", "sm", action);
        }
    }

    record QuickReply(List<QuickReplyItem> items) {}

    record QuickReplyItem(String type, Action action) {}

    /** What tapping does. */
    sealed interface Action permits PostbackAction, UriAction {}

    record PostbackAction(String type, String label, String data, String displayText) implements Action {}

    /** Opens a link: {@code tel:} dials, {@code mailto:} writes an e-mail. */
    record UriAction(String type, String label, String uri) implements Action {

        static UriAction of(String label, String uri) {
            return new UriAction("uri", label, uri);
        }
    }
}
