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
            events.add(new LineEvent(
                    text(event, "type"),
                    text(event, "webhookEventId"),
                    text(event, "replyToken"),
                    text(event.path("message"), "type"),
                    text(event.path("message"), "text"),
                    text(event.path("postback"), "data")));
        }
        return events;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.textValue() : null;
    }
}
