package jp.kenpo.faq.channel.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kenpo.faq.matching.eval.EvalCase;
import jp.kenpo.faq.matching.eval.EvalSet;
import org.junit.jupiter.api.Test;

/** The webhook against a LINE-shaped peer on loopback: exact reply payloads, signatures, postbacks, failures. */
@QuarkusTest
@QuarkusTestResource(LinePeer.class)
class LineWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "test-channel-secret";
    /** The user id in the events' shape, replaced by each test member's own. */
    private static final String MEMBER = "U4af4980629000000000000000000000";

    @Test
    void everySignedTextEventGetsExactlyOneReplyMatchingTheAskApi() throws Exception {
        List<EvalCase> corpus = EvalSet.parse(
                        Files.readAllLines(Path.of("faq-corpus/checks/golden.tsv"), StandardCharsets.UTF_8), false)
                .stream()
                .filter(c -> c.line() % 6 == 0)
                .toList();
        assertTrue(corpus.size() >= 20);
        for (EvalCase question : corpus) {
            String token = sendText(question.question());
            JsonNode reply = awaitReply(token);
            assertEquals(1, repliesFor(token).size(), question.question());
            List<String> texts = new java.util.ArrayList<>();
            reply.path("messages").forEach(m -> texts.add(textOf(m)));
            String expected = expectedItemText(question.question());
            assertTrue(texts.contains(expected), question.question() + ": " + texts);
            assertTrue(reply.path("messages").size() <= 5);
        }
    }

    @Test
    void repliesCarryTheChannelAccessToken() throws Exception {
        String token = sendText("お知らせをなくしました");
        awaitReply(token);
        LinePeer.server.verify(postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
                .withHeader("Authorization", equalTo("Bearer test-access-token"))
                .withRequestBody(matchingJsonPath("$.replyToken", equalTo(token))));
    }

    @Test
    void forgedSignatureIsRejectedAndNothingIsSent() throws Exception {
        String token = UUID.randomUUID().toString();
        String body = textEvent(token, UUID.randomUUID().toString(), "お知らせが届きません");
        given().contentType(ContentType.JSON)
                .header("X-Line-Signature", sign("another-secret", body))
                .body(body)
                .when()
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header("X-Line-Signature", "not base64 !!")
                .body(body)
                .when()
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .header("X-Line-Signature", sign(SECRET, body + " "))
                .body(body)
                .when()
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(401);
        Thread.sleep(500);
        assertEquals(0, repliesFor(token).size());
    }

    @Test
    void consoleVerificationRequestIsAccepted() {
        deliver("{\"destination\":\"Uxxxxxxxx\",\"events\":[]}");
    }

    @Test
    void redeliveredEventIsAnsweredOnce() throws Exception {
        String token = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String body = textEvent(token, eventId, "お知らせはどこに届きますか");
        deliver(body);
        deliver(body.replace("\"isRedelivery\":false", "\"isRedelivery\":true"));
        awaitReply(token);
        Thread.sleep(500);
        assertEquals(1, repliesFor(token).size());
    }

    @Test
    void followEventGetsTheGreeting() throws Exception {
        String token = UUID.randomUUID().toString();
        deliver(event(token, "{\"type\":\"follow\"}"));
        JsonNode reply = awaitReply(token);
        assertEquals(
                JSON.readTree("{\"replyToken\":\"" + token + "\",\"messages\":[{\"type\":\"text\",\"text\":"
                        + JSON.writeValueAsString(LineMessages.GREETING) + "}]}"),
                reply);
    }

    @Test
    void stickerGetsAPoliteTextNotAnError() throws Exception {
        String token = UUID.randomUUID().toString();
        deliver(
                event(
                        token,
                        "{\"type\":\"message\",\"message\":{\"type\":\"sticker\",\"id\":\"1\",\"packageId\":\"1\",\"stickerId\":\"1\"}}"));
        assertEquals(
                LineMessages.TEXT_ONLY, awaitReply(token).at("/messages/0/text").asText());
    }

    @Test
    void followUpQuestionsCarryTheConversationInPostbacks() throws Exception {
        JsonNode first = awaitReply(sendText("お知らせが届かないのはなぜですか"));
        JsonNode last = first.path("messages").get(first.path("messages").size() - 1);
        assertTrue(textOf(last).contains("ご加入の制度"), last.toString());
        JsonNode items = last.at("/quickReply/items");
        assertEquals(4, items.size());
        assertEquals("わからない", items.get(3).at("/action/label").asText());
        String voluntary = items.get(1).at("/action/data").asText();
        assertTrue(items.get(1).at("/action/label").asText().length() <= 20);
        assertTrue(voluntary.length() <= 300);

        JsonNode second = awaitReply(sendPostback(voluntary));
        JsonNode question = second.path("messages").get(second.path("messages").size() - 1);
        assertTrue(textOf(question).contains("加入されたのはいつ"), question.toString());
        assertEquals(
                "2024年9月14日以前", question.at("/quickReply/items/0/action/label").asText());

        String data = question.at("/quickReply/items/0/action/data").asText();
        JsonNode third = awaitReply(sendPostback(data));
        String lost = lastQuickReplyData(third, 0);
        JsonNode fourth = awaitReply(sendPostback(lost));
        String neverRegistered = lastQuickReplyData(fourth, 2);
        JsonNode answer = awaitReply(sendPostback(neverRegistered));
        String all = answer.path("messages").toString();
        assertTrue(all.contains("2024年9月14日までに当健保組合へのマイナンバーの登録が完了していなかった"), all);
        assertTrue(all.contains("下4桁は表記されません"), all);
        // the item was shown once, at the start; each tap goes on from it, and the last ends with a next step
        String item = first.at("/messages/0/text").asText();
        assertTrue(item.startsWith("【5-"), item);
        for (JsonNode step : List.of(second, third, fourth, answer)) {
            assertTrue(!step.path("messages").toString().contains("【5-"), step.toString());
        }
        JsonNode step = answer;
        for (int taps = 0; taps < 8 && hasButtons(step); taps++) {
            step = awaitReply(sendPostback(lastQuickReplyData(step, 0)));
            assertTrue(!step.path("messages").toString().contains("【5-"), step.toString());
        }
        JsonNode messages = step.path("messages");
        // the last answer ends with the next step, then asks whether it solved the question (and nothing before)
        assertEquals(LineMessages.NEXT_STEP, textOf(messages.get(messages.size() - 2)));
        assertEquals(LineMessages.FEEDBACK_LEAD, textOf(messages.get(messages.size() - 1)));
        for (JsonNode open : List.of(first, second, third, fourth)) {
            assertTrue(!open.toString().contains("\"fb="), "no 解決した／解決しない while a question is open: " + open);
        }
    }

    /** What a message says: a text's text, a Flex message's alternative text (its lead or the desk in full). */
    private static String textOf(JsonNode message) {
        return message.has("text")
                ? message.path("text").asText()
                : message.path("altText").asText();
    }

    @Test
    void choicesShowInFullAsPanelsOnEveryLineApp() throws Exception {
        JsonNode first = awaitReply(sendText("お知らせが届かないのはなぜですか"));
        JsonNode last = first.path("messages").get(first.path("messages").size() - 1);
        assertEquals("flex", last.path("type").asText(), last.toString());
        JsonNode panels = last.at("/contents/body/contents");
        // the lead, then one tappable panel per option, each sending what the quick reply sends
        assertEquals(last.at("/quickReply/items").size() + 1, panels.size(), last.toString());
        for (int i = 1; i < panels.size(); i++) {
            assertEquals(
                    last.at("/quickReply/items/" + (i - 1) + "/action/data").asText(),
                    panels.get(i).at("/action/data").asText());
        }
    }

    /** Whether the reply still asks something (解決した／解決しない ask nothing more of the conversation). */
    private static boolean hasButtons(JsonNode reply) {
        JsonNode messages = reply.path("messages");
        JsonNode items = messages.get(messages.size() - 1).at("/quickReply/items");
        return !items.isMissingNode()
                && !items.get(0).at("/action/data").asText().startsWith("fb=");
    }

    @Test
    void aClearAnswerAsksWhetherItSolvedTheQuestion() throws Exception {
        JsonNode reply = awaitReply(sendText("お知らせをなくしました"));
        JsonNode messages = reply.path("messages");
        assertTrue(messages.size() <= 5);
        assertTrue(messages.get(messages.size() - 2).path("text").asText().startsWith("【"), reply.toString());
        JsonNode last = messages.get(messages.size() - 1);
        assertEquals("flex", last.path("type").asText(), last.toString());
        assertEquals(LineMessages.FEEDBACK_LEAD, textOf(last));
        JsonNode items = last.at("/quickReply/items");
        assertEquals(2, items.size(), last.toString());
        assertEquals("解決した", items.get(0).at("/action/label").asText());
        assertEquals("解決した", items.get(0).at("/action/displayText").asText());
        assertEquals("解決しない", items.get(1).at("/action/label").asText());
        assertEquals("解決しない", items.get(1).at("/action/displayText").asText());
        String solved = items.get(0).at("/action/data").asText();
        String notSolved = items.get(1).at("/action/data").asText();
        assertTrue(solved.matches("fb=[0-9a-f-]{36}&h=1"), solved);
        assertEquals(solved.replace("&h=1", "&h=0"), notSolved);
        // the same two as buttons for LINE for PC and Mac, where quick replies do not show
        String flex = last.path("contents").toString();
        assertTrue(flex.contains(solved) && flex.contains(notSolved), flex);

        JsonNode thanks = awaitReply(sendPostback(solved));
        assertEquals(
                JSON.readTree("[{\"type\":\"text\",\"text\":\"" + LineMessages.HELPFUL_THANKS + "\"}]"),
                thanks.path("messages"));
    }

    @Test
    void notSolvedIsKeptWithTheAnswerAndTheDeskIsOffered() throws Exception {
        JsonNode reply = awaitReply(sendText("お知らせをなくしました"));
        String notSolved = lastQuickReplyData(reply, 1);
        assertTrue(notSolved.endsWith("&h=0"), reply.toString());
        String answerId = notSolved.substring("fb=".length(), notSolved.indexOf('&'));

        JsonNode desk = awaitReply(sendPostback(notSolved)).path("messages");
        assertEquals(1, desk.size(), desk.toString());
        assertTrue(textOf(desk.get(0)).startsWith(LineMessages.NOT_HELPFUL_LEAD), desk.toString());
        assertTrue(textOf(desk.get(0)).contains("03-5954-7191"), desk.toString());
        assertTrue(desk.toString().contains("\"uri\":\"tel:0359547191\""), desk.toString());

        Map<String, Object> recorded =
                jp.kenpo.faq.traffic.RecordedQuestions.awaitRecorded(answerId, r -> r.get("feedback") != null);
        assertEquals("LINE", recorded.get("channel"));
        assertEquals(false, ((Map<?, ?>) recorded.get("feedback")).get("helpful"));
        assertTrue(!recorded.toString().contains("U4af4980629"), "no LINE user id is kept: " + recorded);
    }

    @Test
    void damagedOrUnknownFeedbackGetsAPoliteReplyNotAnError() throws Exception {
        String id = UUID.randomUUID().toString();
        for (String junk : List.of(
                "fb=",
                "fb=not-a-uuid&h=1",
                "fb=" + id + "&h=2",
                "fb=" + id + "&h=1&i=5-2",
                "fb=" + id.toUpperCase() + "&h=0",
                "fb=" + "0".repeat(400))) {
            JsonNode reply = awaitReply(sendPostback(junk));
            assertEquals(LineMessages.EXPIRED, reply.at("/messages/0/text").asText(), junk);
        }
        // well-formed, but no answer had this id (or its record is gone): thanked all the same
        assertEquals(
                LineMessages.HELPFUL_THANKS,
                awaitReply(sendPostback("fb=" + id + "&h=1"))
                        .at("/messages/0/text")
                        .asText());
        JsonNode desk = awaitReply(sendPostback("fb=" + id + "&h=0")).path("messages");
        assertTrue(textOf(desk.get(0)).startsWith(LineMessages.NOT_HELPFUL_LEAD), desk.toString());
    }

    @Test
    void buttonsCarryFactNamesAndIsoDates() throws Exception {
        JsonNode first = awaitReply(sendText("お知らせが届かないのはなぜですか"));
        String voluntary = lastQuickReplyData(first, 1);
        assertTrue(voluntary.matches("f=5-\\d+&scheme=VOLUNTARY_CONTINUATION"), voluntary);
        String acquired = lastQuickReplyData(awaitReply(sendPostback(voluntary)), 0);
        assertTrue(acquired.endsWith("&scheme=VOLUNTARY_CONTINUATION&qualificationAcquiredOn=2024-09-14"), acquired);
    }

    @Test
    void buttonsSentInTheOldFormAreStillUnderstood() throws Exception {
        // 任意継続 (ordinal 1), enrolled by 2024-09-14 (basic ISO date), as buttons were written before
        JsonNode reply = awaitReply(sendPostback("i=5-2&s=1&a=20240914"));
        JsonNode question = reply.path("messages").get(reply.path("messages").size() - 1);
        assertTrue(reply.at("/messages/0/text").asText().startsWith("【5-2】"), reply.toString());
        assertTrue(textOf(question).contains("現在も当健保組合に加入されていますか"), question.toString());
        assertTrue(question.at("/quickReply/items/0/action/data")
                .asText()
                .endsWith(
                        "&scheme=VOLUNTARY_CONTINUATION&qualificationAcquiredOn=2024-09-14&qualificationLostOn=null"));
    }

    @Test
    void damagedPostbackGetsAPoliteText() throws Exception {
        JsonNode reply = awaitReply(sendPostback("i=99-9&s=7"));
        assertEquals(LineMessages.EXPIRED, reply.at("/messages/0/text").asText());
    }

    @Test
    void failingReplyApiIsSurvived() throws Exception {
        String failing = UUID.randomUUID().toString();
        LinePeer.server.stubFor(post(urlEqualTo("/v2/bot/message/reply"))
                .withRequestBody(matchingJsonPath("$.replyToken", equalTo(failing)))
                .willReturn(aResponse().withStatus(500)));
        String slow = UUID.randomUUID().toString();
        LinePeer.server.stubFor(post(urlEqualTo("/v2/bot/message/reply"))
                .withRequestBody(matchingJsonPath("$.replyToken", equalTo(slow)))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3000)));
        deliver(textEvent(failing, UUID.randomUUID().toString(), "お知らせをなくしました"));
        deliver(textEvent(slow, UUID.randomUUID().toString(), "お知らせをなくしました"));
        awaitReply(failing);
        awaitReply(slow);
        JsonNode after = awaitReply(sendText("お知らせはどこに届きますか"));
        assertTrue(after.at("/messages/0/text").asText().startsWith("【6-"));
    }

    private static String lastQuickReplyData(JsonNode reply, int option) {
        JsonNode messages = reply.path("messages");
        return messages.get(messages.size() - 1)
                .at("/quickReply/items/" + option + "/action/data")
                .asText();
    }

    /** The message with the item the API answers (after the day's statements, if any), with the FAQ's date. */
    private static String expectedItemText(String question) {
        JsonPath ask = given().contentType(ContentType.JSON)
                .body(java.util.Map.of("question", question))
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (!ask.getBoolean("answered")) {
            return ask.getString("contact.message") + "\n\n" + ask.getString("contact.contact");
        }
        return "【" + ask.getString("best.id") + "】" + ask.getString("best.question") + "\n\n"
                + ask.getString("best.answer") + "\n\n（" + ask.getString("source.title") + "　"
                + ask.getString("source.label") + "）";
    }

    @Test
    void pickedItemGoesThroughTheRulesChoiceLikeTheWidget() throws Exception {
        String data = "i=6-4&scheme=VOLUNTARY_CONTINUATION&insuredType=INSURED&qualificationAcquiredOn=2023-10-01"
                + "&qualificationLostOn=null&myNumberRegisteredOn=2020-01-15";
        JsonNode reply = awaitReply(sendPostback(data));
        String all = reply.path("messages").toString();
        assertTrue(all.contains("【6-5】"), all);
        assertTrue(!all.contains("【6-4】"), all);
        assertTrue(all.contains("2024年9月13日作成"), all);
    }

    @Test
    void pickedItemsAreCountedLikeQuestions() throws Exception {
        double before = lineQuestions();
        awaitReply(sendPostback("i=10-1"));
        assertTrue(lineQuestions() >= before + 1, "LINE postbacks are counted in kenpo_questions_total");
    }

    @Test
    void dontKnowIsNamedWithTheContactDeskNotGuessed() throws Exception {
        JsonNode first = awaitReply(sendText("お知らせが届かないのはなぜですか"));
        String dontKnow = lastQuickReplyData(first, 3);
        assertTrue(dontKnow.endsWith("&scheme=UNKNOWN"), dontKnow);
        String all = awaitReply(sendPostback(dontKnow)).path("messages").toString();
        assertTrue(all.contains("「加入制度」がご不明"), all);
        assertTrue(all.contains("03-5954-7191"), all);
    }

    @Test
    void aChannelInStandbySendsNothing() throws Exception {
        String standby = UUID.randomUUID().toString();
        deliver(withEvent(textEvent(standby, UUID.randomUUID().toString(), "お知らせをなくしました"), "mode", "standby"));
        // a later event on the same pool is the barrier: once it is answered, the first would have been too
        awaitReply(sendText("お知らせはどこに届きますか"));
        assertEquals(List.of(), repliesFor(standby));
    }

    @Test
    void inAGroupOnlyAMessageMentioningTheBotIsAnswered() throws Exception {
        String chatter = UUID.randomUUID().toString();
        deliver(inGroup(textEvent(chatter, UUID.randomUUID().toString(), "ありがとう、明日の件よろしく"), null));
        String asked = UUID.randomUUID().toString();
        String text = "@ジブラルタ健保 お知らせが届かないのはなぜですか";
        deliver(inGroup(textEvent(asked, UUID.randomUUID().toString(), text), "@ジブラルタ健保"));
        JsonNode reply = awaitReply(asked);
        String all = reply.path("messages").toString();
        assertTrue(all.contains("【5-"), all);
        assertTrue(!all.contains("quickReply"), "no personal follow-up questions in front of others: " + all);
        assertTrue(!all.contains("お伺いします"), all);
        assertEquals(List.of(), repliesFor(chatter));
    }

    @Test
    void aLongWebhookLineMaySendIsAnswered() throws Exception {
        // three events in one webhook, one a 10,000-character text: about 30 KB, over the API's 16 KiB
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String third = UUID.randomUUID().toString();
        var root = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(textEvent(first, UUID.randomUUID().toString(), "お知らせをなくしました" + "。".repeat(10_000)));
        var events = (com.fasterxml.jackson.databind.node.ArrayNode) root.path("events");
        events.add(JSON.readTree(textEvent(second, UUID.randomUUID().toString(), "お知らせはどこに届きますか"))
                .path("events")
                .get(0));
        events.add(JSON.readTree(textEvent(third, UUID.randomUUID().toString(), "お知らせが届きません"))
                .path("events")
                .get(0));
        String body = JSON.writeValueAsString(root);
        assertTrue(body.getBytes(StandardCharsets.UTF_8).length > 30_000);
        deliver(body);
        awaitReply(first);
        awaitReply(second);
        awaitReply(third);
        // the API keeps its own limit
        given().contentType(ContentType.JSON)
                .body(Map.of("question", "あ".repeat(20_000)))
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(413);
    }

    @Test
    void aSlowLineApiDelaysNoOtherReply() throws Exception {
        List<String> tokens = new java.util.ArrayList<>();
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String token = UUID.randomUUID().toString();
            tokens.add(token);
            LinePeer.server.stubFor(post(urlEqualTo("/v2/bot/message/reply"))
                    .withRequestBody(matchingJsonPath("$.replyToken", equalTo(token)))
                    .willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(3000)));
            String one = JSON.writeValueAsString(
                    JSON.readTree(textEvent(token, UUID.randomUUID().toString(), "お知らせをなくしました"))
                            .path("events")
                            .get(0));
            events.append(i == 0 ? "" : ",").append(one);
        }
        long start = System.nanoTime();
        deliver("{\"destination\":\"Ubot\",\"events\":[" + events + "]}");
        // every reply is on its way at once, not in rounds as threads come free (here the client gives up after 1 s)
        await().atMost(Duration.ofMillis(1_500))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> tokens.stream()
                        .allMatch(t -> !LinePeer.server
                                .findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
                                        .withRequestBody(matchingJsonPath("$.replyToken", equalTo(t))))
                                .isEmpty()));
        assertTrue(System.nanoTime() - start < 1_500_000_000L);
    }

    @Test
    void joiningAGroupSaysHowToAsk() throws Exception {
        String token = UUID.randomUUID().toString();
        deliver(event(token, "{\"type\":\"join\"}"));
        assertEquals(
                LineMessages.JOINED, awaitReply(token).at("/messages/0/text").asText());
    }

    @Test
    void thanksAndGreetingsAreAnsweredAsAPersonWould() throws Exception {
        assertEquals(
                LineMessages.THANKED,
                awaitReply(sendText("ありがとうございました！")).at("/messages/0/text").asText());
        assertEquals(
                LineMessages.GREETED,
                awaitReply(sendText("こんにちは")).at("/messages/0/text").asText());
    }

    @Test
    void askingForAPersonGetsTheDeskAndItsHours() throws Exception {
        JsonNode desk = awaitReply(sendText("担当者と話したいです")).at("/messages/0");
        String text = textOf(desk);
        // a phone's dialler and mail app open from buttons, on every LINE app
        assertTrue(desk.toString().contains("\"uri\":\"tel:0359547191\""), desk.toString());
        assertTrue(desk.toString().contains("\"uri\":\"mailto:gk@gib-kenpo.or.jp\""), desk.toString());
        assertTrue(text.startsWith(LineMessages.PERSON_LEAD), text);
        assertTrue(text.contains("03-5954-7191") && text.contains("平日9：00-11：00"), text);
    }

    @Test
    void aTypedAnswerToTheWaitingQuestionGoesOnLikeATap() throws Exception {
        String member = newMember();
        JsonNode first = awaitReply(sendText("お知らせが届かないのはなぜですか", member));
        assertTrue(textOf(last(first)).contains("ご加入の制度"), first.toString());

        JsonNode scheme = awaitReply(sendText("任意継続です", member));
        assertTrue(textOf(scheme.at("/messages/0")).startsWith("「任意継続の方とご家族」としてお伺いしました。"), scheme.toString());
        assertTrue(!scheme.toString().contains("【5-"), "the item is not repeated: " + scheme);
        assertTrue(textOf(last(scheme)).contains("加入されたのはいつ"), scheme.toString());
        assertTrue(lastQuickReplyData(scheme, 0).contains("scheme=VOLUNTARY_CONTINUATION"), scheme.toString());

        // a year, read against the question's boundary (2024年9月14日): all of 2010 lies before it
        JsonNode joined = awaitReply(sendText("2010年から加入しています", member));
        assertTrue(textOf(joined.at("/messages/0")).startsWith("「2024年9月14日以前」としてお伺いしました。"), joined.toString());
        assertTrue(lastQuickReplyData(joined, 0).contains("qualificationAcquiredOn=2024-09-14"), joined.toString());
    }

    @Test
    void aShortReplyThatAnswersNoOptionGetsTheSameQuestionAgain() throws Exception {
        String member = newMember();
        awaitReply(sendText("お知らせが届かないのはなぜですか", member));
        JsonNode again = awaitReply(sendText("えーと、どれだろう", member));
        assertTrue(textOf(last(again)).startsWith("恐れ入ります。お答えを読み取れませんでした。"), again.toString());
        assertTrue(textOf(last(again)).contains("ご加入の制度"), again.toString());
        // and it still waits: the next words are read as the answer
        JsonNode answered = awaitReply(sendText("わかりません", member));
        assertTrue(answered.toString().contains("「わからない」としてお伺いしました。"), answered.toString());
        assertTrue(answered.toString().contains("「加入制度」がご不明"), answered.toString());
    }

    @Test
    void aNewQuestionWhileOneWaitsIsAnsweredAsAQuestion() throws Exception {
        String member = newMember();
        awaitReply(sendText("お知らせが届かないのはなぜですか", member));
        String question = "資格情報のお知らせをなくしてしまいました。再発行できますか";
        JsonNode reply = awaitReply(sendText(question, member));
        assertTrue(!reply.toString().contains("としてお伺いしました"), reply.toString());
        assertEquals(expectedItemText(question), textOf(reply.at("/messages/0")), reply.toString());
    }

    @Test
    void aTypedAnswerCountsOnlyInTheChatThatWasAsked() throws Exception {
        awaitReply(sendText("お知らせが届かないのはなぜですか", newMember()));
        JsonNode elsewhere = awaitReply(sendText("任意継続です", newMember()));
        assertTrue(!elsewhere.toString().contains("としてお伺いしました"), elsewhere.toString());
    }

    private static JsonNode last(JsonNode reply) {
        return reply.path("messages").get(reply.path("messages").size() - 1);
    }

    private static double lineQuestions() {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("kenpo_questions_total") && l.contains("channel=\"line\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** A text from a member of their own: no follow-up question waits in a chat no other test uses. */
    private static String sendText(String text) throws Exception {
        return sendText(text, newMember());
    }

    private static String sendText(String text, String userId) throws Exception {
        String token = UUID.randomUUID().toString();
        deliver(textEvent(token, UUID.randomUUID().toString(), text).replace(MEMBER, userId));
        return token;
    }

    private static String newMember() {
        return "U" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String sendPostback(String data) throws Exception {
        return sendPostbackFrom(data, newMember());
    }

    private static String sendPostbackFrom(String data, String userId) throws Exception {
        String token = UUID.randomUUID().toString();
        deliver(event(token, "{\"type\":\"postback\",\"postback\":{\"data\":" + JSON.writeValueAsString(data) + "}}")
                .replace(MEMBER, userId));
        return token;
    }

    private static String textEvent(String token, String eventId, String text) throws Exception {
        return "{\"destination\":\"Ubot\",\"events\":[{\"type\":\"message\",\"mode\":\"active\",\"timestamp\":1732400000000,"
                + "\"source\":{\"type\":\"user\",\"userId\":\"U4af4980629000000000000000000000\"},"
                + "\"webhookEventId\":\"" + eventId + "\",\"deliveryContext\":{\"isRedelivery\":false},"
                + "\"replyToken\":\"" + token + "\",\"message\":{\"id\":\"1\",\"type\":\"text\",\"text\":"
                + JSON.writeValueAsString(text) + "}}]}";
    }

    /** The body with one field of its (first) event replaced. */
    private static String withEvent(String body, String field, String value) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body);
        ((com.fasterxml.jackson.databind.node.ObjectNode) root.path("events").get(0)).put(field, value);
        return JSON.writeValueAsString(root);
    }

    /** The body's event moved into a group chat, mentioning the bot with {@code mention} at the start (or not). */
    private static String inGroup(String body, String mention) throws Exception {
        var root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body);
        var event = (com.fasterxml.jackson.databind.node.ObjectNode)
                root.path("events").get(0);
        event.putObject("source")
                .put("type", "group")
                .put("groupId", "Ca56f94637c000000000000000000000")
                .put("userId", "U4af4980629000000000000000000000");
        if (mention != null) {
            var mentionee = ((com.fasterxml.jackson.databind.node.ObjectNode) event.path("message"))
                    .putObject("mention")
                    .putArray("mentionees")
                    .addObject();
            mentionee
                    .put("index", 0)
                    .put("length", mention.length())
                    .put("type", "user")
                    .put("isSelf", true);
        }
        return JSON.writeValueAsString(root);
    }

    /** An event of the given shape (type and its own fields), wrapped like LINE does. */
    private static String event(String token, String shape) throws Exception {
        ObjectMapper json = JSON;
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(shape);
        node.put("replyToken", token)
                .put("webhookEventId", UUID.randomUUID().toString())
                .put("timestamp", 1732400000000L);
        node.putObject("source").put("type", "user").put("userId", "U4af4980629000000000000000000000");
        node.putObject("deliveryContext").put("isRedelivery", false);
        return "{\"destination\":\"Ubot\",\"events\":[" + json.writeValueAsString(node) + "]}";
    }

    private static void deliver(String body) {
        given().contentType(ContentType.JSON)
                .header("X-Line-Signature", sign(SECRET, body))
                .body(body)
                .when()
                .post("/api/v1/line/webhook")
                .then()
                .statusCode(200);
    }

    /** The reply sent with this token, which must be one LINE's official OpenAPI accepts. */
    private static JsonNode awaitReply(String token) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> !repliesFor(token).isEmpty());
        String body = repliesFor(token).get(0).getBodyAsString();
        LineReplySchema.assertValid(body);
        return JSON.readTree(body);
    }

    private static List<LoggedRequest> repliesFor(String token) {
        return LinePeer.server.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/reply"))
                .withRequestBody(matchingJsonPath("$.replyToken", equalTo(token))));
    }

    static String sign(String secret, String body) {
        return Base64.getEncoder()
                .encodeToString(new LineSignature(secret).sign(body.getBytes(StandardCharsets.UTF_8)));
    }
}
