package jp.kenpo.faq.channel.line;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the events of a (signed) webhook body; whatever shape LINE adds, unknown parts are ignored. */
final class LineEvents {

    private LineEvents() {}

    /** @throws IOException when the body is not JSON */
    static List<LineEvent> parse(ObjectMapper json, byte[] body) throws IOException {
        JsonNode root = json.readTree(body);
        List<LineEvent> events = new ArrayList<>();
        if (root == null || !root.path("events").isArray()) {
            return events;
        }
        for (JsonNode event : root.path("events")) {
            if (!event.isObject()) {
                continue;
            }
            JsonNode message = event.path("message");
            List<JsonNode> self = new ArrayList<>();
            message.path("mention").path("mentionees").forEach(m -> {
                if (m.path("isSelf").asBoolean(false)) {
                    self.add(m);
                }
            });
            events.add(new LineEvent(
                    text(event, "type"),
                    text(event, "webhookEventId"),
                    text(event, "replyToken"),
                    text(message, "type"),
                    withoutMentions(text(message, "text"), self),
                    text(event.path("postback"), "data"),
                    text(event, "mode"),
                    text(event.path("source"), "type"),
                    !self.isEmpty(),
                    ChatKeys.of(text(event.path("source"), "type"), text(event.path("source"), "userId"))));
        }
        return events;
    }

    /** The text without the bot's own mentions (「@ジブラルタ健保 お知らせが届きません」 asks about the notice). */
    private static String withoutMentions(String text, List<JsonNode> mentions) {
        if (text == null || mentions.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        mentions.stream()
                .sorted((a, b) ->
                        Integer.compare(b.path("index").asInt(), a.path("index").asInt()))
                .forEach(m -> {
                    // LINE counts UTF-16 code units, as Java does
                    int start = m.path("index").asInt(-1);
                    int end = start + m.path("length").asInt(0);
                    if (start >= 0 && end <= out.length() && start < end) {
                        out.delete(start, end);
                    }
                });
        return out.toString().strip();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }
}
