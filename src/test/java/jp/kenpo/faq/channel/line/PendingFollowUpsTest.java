package jp.kenpo.faq.channel.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.MemberFacts;
import org.junit.jupiter.api.Test;

class PendingFollowUpsTest {

    private static final FollowUp QUESTION = new FollowUp("scheme", "ご加入の制度を教えてください。", List.of());
    private static final PostbackData ABOUT = new PostbackData("5-2", MemberFacts.none());

    @Test
    void aQuestionWaitsForOneReplyInItsOwnChat() {
        PendingFollowUps pendings = new PendingFollowUps();
        pendings.asked("chat-a", QUESTION, ABOUT);
        assertTrue(pendings.take("chat-b").isEmpty());
        assertEquals(QUESTION, pendings.take("chat-a").orElseThrow().question());
        assertTrue(pendings.take("chat-a").isEmpty(), "taken once");
    }

    @Test
    void aQuestionLeftLongerThanTheWaitIsForgotten() {
        Instant asked = Instant.parse("2026-11-30T01:00:00Z");
        MutableClock clock = new MutableClock(asked);
        PendingFollowUps pendings = new PendingFollowUps(clock);
        pendings.asked("chat", QUESTION, ABOUT);
        clock.now = asked.plus(PendingFollowUps.WAIT).plusSeconds(1);
        assertTrue(pendings.take("chat").isEmpty());
    }

    @Test
    void theOldestChatsMakeWayBeyondTheCapacity() {
        PendingFollowUps pendings = new PendingFollowUps();
        for (int chat = 0; chat <= PendingFollowUps.CAPACITY; chat++) {
            pendings.asked("chat-" + chat, QUESTION, ABOUT);
        }
        assertTrue(pendings.take("chat-0").isEmpty());
        assertTrue(pendings.take("chat-" + PendingFollowUps.CAPACITY).isPresent());
    }

    @Test
    void aChatKeyIsNeitherTheUserIdNorKeptForChatsWithOthers() {
        String key = ChatKeys.of("user", "U4af4980629000000000000000000000");
        assertNotEquals(-1, key.length());
        assertTrue(!key.contains("U4af498"), key);
        assertEquals(key, ChatKeys.of("user", "U4af4980629000000000000000000000"));
        assertNotEquals(key, ChatKeys.of("user", "U4af4980629000000000000000000001"));
        assertNull(ChatKeys.of("group", "U4af4980629000000000000000000000"));
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
