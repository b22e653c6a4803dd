package jp.kenpo.faq.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/** The question log's tables, in plain SQL: answers, their feedback, and the purge of old ones. */
@ApplicationScoped
public class TrafficStore {

    private static final String INSERT_ANSWER = "insert into answer_record (id, asked_at, channel, outcome, picked_id,"
            + " best_id, score, candidate_ids, facts_given, facts_asked, question)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing";
    // feedback on an answer the log never got (it was not recorded while the database was down) is dropped
    private static final String UPSERT_FEEDBACK = "insert into feedback (answer_id, helpful, reason, given_at)"
            + " select ?, ?, ?, ? where exists (select 1 from answer_record where id = ?)"
            + " on conflict (answer_id) do update"
            + " set helpful = excluded.helpful, reason = excluded.reason, given_at = excluded.given_at";
    private static final String SELECT_QUESTIONS = "select a.id, a.asked_at, a.channel, a.outcome, a.picked_id,"
            + " a.best_id, a.score, a.candidate_ids, a.question, f.helpful, f.reason"
            + " from answer_record a left join feedback f on f.answer_id = a.id"
            + " where (cast(? as varchar) is null or a.outcome = ?)"
            + " and (cast(? as varchar) is null or a.best_id = ?)"
            + " and (cast(? as boolean) is null or f.helpful = ?)"
            + " and (cast(? as timestamptz) is null or a.asked_at >= ?)"
            + " order by a.asked_at desc limit ?";

    private final DataSource dataSource;

    public TrafficStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes answers and feedback in one transaction, answers first so that feedback finds them. */
    void write(List<AnswerRecord> answers, List<Feedback> feedback) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                // a question log may lose its last fraction of a second in a server crash; no answer waits for it,
                // and the writer need not wait for the disk either
                statement.execute("set local synchronous_commit to off");
                insertAnswers(connection, answers);
                upsertFeedback(connection, feedback);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static void insertAnswers(Connection connection, List<AnswerRecord> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        if (answers.size() > 1) {
            copy(connection, answers);
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ANSWER)) {
            for (AnswerRecord a : answers) {
                insert.setObject(1, a.id());
                insert.setTimestamp(2, Timestamp.from(a.askedAt()));
                insert.setString(3, a.channel());
                insert.setString(4, a.outcome());
                insert.setString(5, a.pickedId().orElse(null));
                insert.setString(6, a.bestId().orElse(null));
                insert.setObject(7, a.score().orElse(null), Types.DOUBLE);
                insert.setArray(8, texts(connection, a.candidateIds()));
                insert.setArray(9, texts(connection, a.factsGiven()));
                insert.setArray(10, texts(connection, a.factsAsked()));
                insert.setString(11, a.question().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A batch by COPY: a record already there fails it, and the journal then writes it one by one (inserts). */
    private static void copy(Connection connection, List<AnswerRecord> answers) throws SQLException {
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(AnswerCopy.COPY, new StringReader(AnswerCopy.csv(answers)));
        } catch (IOException e) {
            throw new SQLException("COPY of the question log failed", "08000", e);
        }
    }

    private static void upsertFeedback(Connection connection, List<Feedback> feedback) throws SQLException {
        if (feedback.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_FEEDBACK)) {
            for (Feedback f : feedback) {
                upsert.setObject(1, f.answerId());
                upsert.setBoolean(2, f.helpful());
                upsert.setString(3, f.reason().map(Enum::name).orElse(null));
                upsert.setTimestamp(4, Timestamp.from(f.givenAt()));
                upsert.setObject(5, f.answerId());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Whether the log holds this answer. */
    boolean exists(UUID answerId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select 1 from answer_record where id = ?")) {
            select.setObject(1, answerId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The newest recorded questions that pass the filter. */
    List<RecordedQuestion> questions(QuestionFilter filter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_QUESTIONS)) {
            String outcome = filter.outcome().map(Enum::name).orElse(null);
            select.setString(1, outcome);
            select.setString(2, outcome);
            select.setString(3, filter.itemId().orElse(null));
            select.setString(4, filter.itemId().orElse(null));
            select.setObject(5, filter.helpful().orElse(null), Types.BOOLEAN);
            select.setObject(6, filter.helpful().orElse(null), Types.BOOLEAN);
            Timestamp since = filter.since().map(Timestamp::from).orElse(null);
            select.setTimestamp(7, since);
            select.setTimestamp(8, since);
            select.setInt(9, filter.limit());
            List<RecordedQuestion> questions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    questions.add(recorded(rows));
                }
            }
            return questions;
        }
    }

    static RecordedQuestion recorded(ResultSet rows) throws SQLException {
        Object helpful = rows.getObject("helpful");
        Object score = rows.getObject("score");
        String[] candidates = (String[]) rows.getArray("candidate_ids").getArray();
        return new RecordedQuestion(
                rows.getObject("id", UUID.class).toString(),
                rows.getTimestamp("asked_at").toInstant(),
                rows.getString("channel"),
                rows.getString("outcome"),
                rows.getString("picked_id"),
                rows.getString("question"),
                rows.getString("best_id"),
                score == null ? null : ((Number) score).doubleValue(),
                Arrays.asList(candidates),
                helpful == null ? null : new RecordedQuestion.Feedback((Boolean) helpful, rows.getString("reason")));
    }

    /** Deletes answers (and their feedback) asked before the instant; returns how many. */
    int purge(Instant before) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from answer_record where asked_at < ?");
                // the questions editors dismissed are members' words too (masked): kept no longer than the answers
                PreparedStatement dismissed =
                        connection.prepareStatement("delete from dismissed_question where dismissed_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            dismissed.setTimestamp(1, Timestamp.from(before));
            dismissed.executeUpdate();
            return delete.executeUpdate();
        }
    }

    private static Array texts(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }

    /** Which recorded questions to list: by outcome, item answered, feedback and time asked. */
    public record QuestionFilter(
            Optional<jp.kenpo.faq.matching.MatchOutcome> outcome,
            Optional<String> itemId,
            Optional<Boolean> helpful,
            Optional<Instant> since,
            int limit) {}
}
