package jp.kenpo.faq.channel.line;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.faq.personalization.FollowUp;

/**
 * The follow-up question each one-to-one chat was last asked, so that a member who types 「会社員です」 instead of
 * tapping is understood. Held in memory only, for a short while, under a chat key that is not the LINE user id
 * ({@link ChatKeys}): the facts the conversation carries are personal and are kept nowhere else. With several
 * replicas a typed reply that reaches another replica is read as a new question; the buttons, which carry the whole
 * conversation, work everywhere.
 */
@ApplicationScoped
class PendingFollowUps {

    /** A question waits this long for a typed answer; a member back later asks afresh. */
    static final Duration WAIT = Duration.ofMinutes(30);

    static final int CAPACITY = 10_000;

    /**
     * @param question the follow-up question asked
     * @param about    the item and the facts answered so far, as the question's buttons carry them
     * @param asked    when it was asked
     */
    record Pending(FollowUp question, PostbackData about, Instant asked) {}

    private final Clock clock;
    private final Map<String, Pending> byChat = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > CAPACITY;
        }
    };

    PendingFollowUps() {
        this(Clock.systemUTC());
    }

    PendingFollowUps(Clock clock) {
        this.clock = clock;
    }

    synchronized void asked(String chat, FollowUp question, PostbackData about) {
        if (chat != null) {
            byChat.put(chat, new Pending(question, about, clock.instant()));
        }
    }

    /** The question waiting in this chat, if it was asked within {@link #WAIT}; it waits no more after this. */
    synchronized Optional<Pending> take(String chat) {
        Pending pending = chat == null ? null : byChat.remove(chat);
        return pending == null || pending.asked().plus(WAIT).isBefore(clock.instant())
                ? Optional.empty()
                : Optional.of(pending);
    }

    synchronized void forget(String chat) {
        if (chat != null) {
            byChat.remove(chat);
        }
    }
}
