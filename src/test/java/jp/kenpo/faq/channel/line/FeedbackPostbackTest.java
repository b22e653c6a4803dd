package jp.kenpo.faq.channel.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 解決した／解決しない: the answer's id and the word, nothing else, read strictly. */
class FeedbackPostbackTest {

    private static final UUID ID = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

    @Test
    void theAnswerAndTheWordTravelAndComeBack() {
        assertEquals("fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=1", new FeedbackPostback(ID, true).encode());
        assertEquals("fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=0", new FeedbackPostback(ID, false).encode());
        assertEquals(
                Optional.of(new FeedbackPostback(ID, false)),
                FeedbackPostback.decode(new FeedbackPostback(ID, false).encode()));
        assertTrue(FeedbackPostback.decode(new FeedbackPostback(ID, true).encode())
                .orElseThrow()
                .helpful());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "fb=",
                "fb=&h=1",
                "fb=not-a-uuid&h=1",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=2",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=true",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=1&h=0",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=1&scheme=REGULAR",
                "fb=0F8FAD5B-D9CB-469F-A165-70867728950E&h=1",
                "fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=1\n",
                " fb=0f8fad5b-d9cb-469f-a165-70867728950e&h=1",
                "h=1&fb=0f8fad5b-d9cb-469f-a165-70867728950e",
                "i=5-2"
            })
    void anythingButTheExactFormIsRefused(String junk) {
        assertEquals(Optional.empty(), FeedbackPostback.decode(junk));
    }

    @Test
    void overlongAndMissingDataAreRefused() {
        assertEquals(Optional.empty(), FeedbackPostback.decode(null));
        assertEquals(Optional.empty(), FeedbackPostback.decode("fb=" + "0".repeat(400)));
        assertFalse(FeedbackPostback.isFeedback(null));
        assertFalse(FeedbackPostback.isFeedback("i=5-2"));
        assertTrue(FeedbackPostback.isFeedback("fb=junk"));
    }

    @Test
    void theButtonsAreValidForLineOnEveryApp() throws Exception {
        var message = LineButtons.feedback(LineMessages.FEEDBACK_LEAD, ID);
        var json = new ObjectMapper()
                .readTree(new ObjectMapper().writeValueAsString(new ReplyRequest("t", List.of(message))));
        LineReplySchema.assertValid(json.toString());
        // two buttons side by side for LINE for PC and Mac, and the same two as quick replies on phones
        assertEquals(
                "fb=" + ID + "&h=1",
                json.at("/messages/0/contents/body/contents/1/contents/0/action/data")
                        .asText());
        assertEquals(
                "解決しない",
                json.at("/messages/0/contents/body/contents/1/contents/1/action/displayText")
                        .asText());
        assertEquals(
                "fb=" + ID + "&h=0",
                json.at("/messages/0/quickReply/items/1/action/data").asText());
    }

    @Test
    void noButtonsForAnIdThatIsNotAUuid() {
        assertEquals(Optional.empty(), FeedbackPostback.answerId(null));
        assertEquals(Optional.empty(), FeedbackPostback.answerId("12345"));
        assertEquals(Optional.of(ID), FeedbackPostback.answerId(ID.toString()));
    }
}
