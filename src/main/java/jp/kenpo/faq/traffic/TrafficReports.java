package jp.kenpo.faq.traffic;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What editors read off the question log over a period: per item, per day, and the questions needing attention. */
@ApplicationScoped
public class TrafficReports {

    private static final String PER_ITEM = "select a.best_id, count(*) as answers,"
            + " count(*) filter (where f.helpful) as helpful, count(*) filter (where not f.helpful) as unhelpful"
            + " from answer_record a left join feedback f on f.answer_id = a.id"
            + " where a.asked_at >= ? and a.best_id is not null"
            + " group by a.best_id order by unhelpful desc, answers desc";
    // days as the society counts them, in Japan
    private static final String PER_DAY = "select cast(a.asked_at at time zone 'Asia/Tokyo' as date) as day,"
            + " a.channel, a.outcome, count(*) as answers from answer_record a where a.asked_at >= ?"
            + " group by 1, 2, 3 order by 1, 2, 3";
    // not answered with confidence, or answered and found unhelpful
    private static final String NEEDING_ATTENTION = "select a.id, a.asked_at, a.channel, a.outcome, a.picked_id,"
            + " a.best_id, a.score, a.candidate_ids, a.question, f.helpful, f.reason"
            + " from answer_record a left join feedback f on f.answer_id = a.id"
            + " where a.asked_at >= ? and a.question is not null and (a.outcome <> 'ANSWER' or f.helpful = false)"
            // a question an editor dealt with (added as 言い換え, marked out of scope, dismissed) is not shown again
            + " and not exists (select 1 from dismissed_question d where d.question = a.question)"
            + " order by a.asked_at desc limit ?";

    private final DataSource dataSource;

    public TrafficReports(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Answers per item since the instant, with their feedback; the most often unhelpful first. */
    List<ItemReport> perItem(Instant since) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PER_ITEM)) {
            select.setTimestamp(1, Timestamp.from(since));
            List<ItemReport> items = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new ItemReport(
                            rows.getString("best_id"),
                            rows.getInt("answers"),
                            rows.getInt("helpful"),
                            rows.getInt("unhelpful")));
                }
            }
            return items;
        }
    }

    /** Answers per day (in Japan), channel and outcome since the instant, oldest first. */
    List<DayReport> perDay(Instant since) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PER_DAY)) {
            select.setTimestamp(1, Timestamp.from(since));
            List<DayReport> days = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    days.add(new DayReport(
                            rows.getDate("day").toLocalDate(),
                            rows.getString("channel"),
                            rows.getString("outcome"),
                            rows.getInt("answers")));
                }
            }
            return days;
        }
    }

    /** The newest questions since the instant that were not answered with confidence or did not help. */
    List<RecordedQuestion> needingAttention(Instant since, int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(NEEDING_ATTENTION)) {
            select.setTimestamp(1, Timestamp.from(since));
            select.setInt(2, limit);
            List<RecordedQuestion> questions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    questions.add(TrafficStore.recorded(rows));
                }
            }
            return questions;
        }
    }

    /**
     * How one item's answers were received.
     *
     * @param unhelpfulRate unhelpful among the answers that got feedback (0 when none did)
     */
    public record ItemReport(String id, int answers, int helpful, int unhelpful, double unhelpfulRate) {
        ItemReport(String id, int answers, int helpful, int unhelpful) {
            this(
                    id,
                    answers,
                    helpful,
                    unhelpful,
                    helpful + unhelpful == 0 ? 0 : (double) unhelpful / (helpful + unhelpful));
        }
    }

    /** How many answers of one outcome a channel gave on a day. */
    public record DayReport(java.time.LocalDate day, String channel, String outcome, int answers) {}
}
