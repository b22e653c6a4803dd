package jp.kenpo.faq.channel.line;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The schema check itself: it refuses what LINE would refuse, so a passing webhook test means something. */
class LineReplySchemaTest {

    @Test
    void acceptsATextReply() {
        LineReplySchema.assertValid("{\"replyToken\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"こんにちは\"}]}");
    }

    @Test
    void refusesAReplyWithoutMessagesOrWithAnUnknownType() {
        assertThrows(AssertionError.class, () -> LineReplySchema.assertValid("{\"replyToken\":\"t\",\"messages\":[]}"));
        assertThrows(
                AssertionError.class,
                () -> LineReplySchema.assertValid(
                        "{\"replyToken\":\"t\",\"messages\":[{\"type\":\"texte\",\"text\":\"x\"}]}"));
    }

    @Test
    void refusesAFieldLineDoesNotKnowAndOverlongPostbackData() {
        assertThrows(
                AssertionError.class,
                () -> LineReplySchema.assertValid(
                        "{\"replyToken\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"x\",\"colour\":\"red\"}]}"));
        String reply = "{\"replyToken\":\"t\",\"messages\":[{\"type\":\"text\",\"text\":\"x\","
                + "\"quickReply\":{\"items\":[{\"type\":\"action\",\"action\":{\"type\":\"postback\","
                + "\"label\":\"選ぶ\",\"data\":\"DATA\"}}]}}]}";
        LineReplySchema.assertValid(reply.replace("DATA", "i=1-1"));
        assertThrows(AssertionError.class, () -> LineReplySchema.assertValid(reply.replace("DATA", "x".repeat(301))));
    }

    @Test
    void refusesSixMessages() {
        String one = "{\"type\":\"text\",\"text\":\"x\"}";
        assertThrows(
                AssertionError.class,
                () -> LineReplySchema.assertValid("{\"replyToken\":\"t\",\"messages\":[" + one + "," + one + "," + one
                        + "," + one + "," + one + "," + one + "]}"));
    }
}
