package jp.kenpo.faq.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.store.Database;

/** What the API asks of the question log: take feedback on an answer, list what members asked. */
@ApplicationScoped
public class QuestionLog {

    /** The most recent questions grouped at once: enough for a month of a society's unanswered questions. */
    private static final int ATTENTION_LIMIT = 2000;

    private final TrafficJournal journal;
    private final TrafficStore store;
    private final Database database;
    private final IssuedAnswers issued;
    private final TrafficReports reports;
    private final ServedEdition served;

    public QuestionLog(
            TrafficJournal journal,
            TrafficStore store,
            Database database,
            IssuedAnswers issued,
            TrafficReports reports,
            ServedEdition served) {
        this.journal = journal;
        this.store = store;
        this.database = database;
        this.issued = issued;
        this.reports = reports;
        this.served = served;
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
        return read(() -> store.questions(filter));
    }

    /** Questions of the last days not answered with confidence, or found unhelpful, grouped by what they say. */
    public List<QuestionGroup> needingAttention(Duration period) {
        return read(() -> QuestionGroups.of(
                reports.needingAttention(Instant.now().minus(period), ATTENTION_LIMIT),
                served.current().matcher()::terms));
    }

    /** Answers per item of the last days with their feedback, the most often unhelpful first. */
    public List<TrafficReports.ItemReport> perItem(Duration period) {
        return read(() -> reports.perItem(Instant.now().minus(period)));
    }

    /** Answers per day, channel and outcome over the last days. */
    public List<TrafficReports.DayReport> perDay(Duration period) {
        return read(() -> reports.perDay(Instant.now().minus(period)));
    }

    /** A read of the log, or a 503 problem when the database cannot be reached. */
    private <T> T read(Query<T> query) {
        requireDatabase();
        try {
            return query.run();
        } catch (SQLException e) {
            throw new QuestionLogUnavailableException();
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private boolean recorded(UUID answerId) {
        return read(() -> store.exists(answerId));
    }

    private void requireDatabase() {
        if (!database.isReady()) {
            throw new QuestionLogUnavailableException();
        }
    }
}
