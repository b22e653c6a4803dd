package jp.kenpo.faq.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.store.Database;

/** What the API asks of the question log: take feedback on an answer, list what members asked. */
@ApplicationScoped
public class QuestionLog {

    private final TrafficJournal journal;
    private final TrafficStore store;
    private final Database database;
    private final IssuedAnswers issued;

    public QuestionLog(TrafficJournal journal, TrafficStore store, Database database, IssuedAnswers issued) {
        this.journal = journal;
        this.store = store;
        this.database = database;
        this.issued = issued;
    }

    /**
     * Records whether an answer helped. Giving it again replaces the earlier word, so a retried request is harmless.
     *
     * @throws UnknownAnswerException          for an id no answer had
     * @throws QuestionLogUnavailableException when it cannot be checked or kept just now
     */
    public void feedback(UUID answerId, boolean helpful, Optional<FeedbackReason> reason) {
        if (!issued.contains(answerId.toString()) && !recorded(answerId)) {
            throw new UnknownAnswerException();
        }
        if (!journal.offer(new Feedback(answerId, helpful, reason, Instant.now()))) {
            throw new QuestionLogUnavailableException();
        }
    }

    /** The newest recorded questions that pass the filter, masked. */
    public List<RecordedQuestion> questions(TrafficStore.QuestionFilter filter) {
        requireDatabase();
        try {
            return store.questions(filter);
        } catch (SQLException e) {
            throw new QuestionLogUnavailableException();
        }
    }

    private boolean recorded(UUID answerId) {
        requireDatabase();
        try {
            return store.exists(answerId);
        } catch (SQLException e) {
            throw new QuestionLogUnavailableException();
        }
    }

    private void requireDatabase() {
        if (!database.isReady()) {
            throw new QuestionLogUnavailableException();
        }
    }
}
