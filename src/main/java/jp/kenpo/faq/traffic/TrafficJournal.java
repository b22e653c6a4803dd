package jp.kenpo.faq.traffic;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.kenpo.faq.answer.Answered;
import jp.kenpo.faq.store.Database;
import jp.kenpo.faq.store.StoreConfig;
import org.jboss.logging.Logger;

/**
 * Records every answer and every feedback without making anyone wait: the answering thread only offers the record
 * to a bounded queue, and one writer thread stores what is queued in batches. When the database is slow or down the
 * queue holds what it can; what does not fit is counted ({@code kenpo_traffic_unrecorded_total}), never waited for.
 * On shutdown what is queued is written before the database stops.
 */
@ApplicationScoped
public class TrafficJournal {

    private static final Logger LOG = Logger.getLogger(TrafficJournal.class);
    private static final int BATCH = 500;
    /** Before the database stops ({@link Database}'s observer has a higher number, so runs later). */
    private static final int FLUSH_PRIORITY = 2000;

    private final BlockingQueue<Object> queue;
    private final TrafficStore store;
    private final Database database;
    private final StoreConfig config;
    private final IssuedAnswers issued;
    private final Counter recorded;
    private final Counter unrecorded;
    private volatile boolean running = true;
    /** How long shutdown waits to write what is queued. */
    private static final Duration DRAIN = Duration.ofSeconds(10);

    private volatile long drainDeadline;
    private Thread writer;

    public TrafficJournal(
            TrafficStore store, Database database, StoreConfig config, IssuedAnswers issued, MeterRegistry registry) {
        this.store = store;
        this.database = database;
        this.config = config;
        this.issued = issued;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.recorded = Counter.builder("kenpo.traffic.recorded")
                .description("Answers and feedback written to the question log")
                .register(registry);
        this.unrecorded = Counter.builder("kenpo.traffic.unrecorded")
                .description("Answers and feedback the question log could not keep (database down or too slow)")
                .register(registry);
        Gauge.builder("kenpo.traffic.queued", queue, BlockingQueue::size)
                .description("Answers and feedback waiting to be written to the question log")
                .register(registry);
    }

    void answered(@Observes Answered answered) {
        issued.add(answered.answer().id());
        offer(AnswerRecord.of(answered));
    }

    /** Queues feedback; false when the queue is full. */
    boolean offer(Feedback feedback) {
        return offer((Object) feedback);
    }

    private boolean offer(Object entry) {
        if (queue.offer(entry)) {
            return true;
        }
        unrecorded.increment();
        return false;
    }

    void start(@Observes StartupEvent event) {
        writer = new Thread(this::write, "kenpo-question-log");
        writer.setDaemon(true);
        writer.start();
    }

    void flush(@Observes @Priority(FLUSH_PRIORITY) ShutdownEvent event) throws InterruptedException {
        drainDeadline = System.nanoTime() + DRAIN.toNanos();
        running = false;
        if (writer != null) {
            writer.interrupt();
            writer.join(DRAIN.plusSeconds(1).toMillis());
        }
    }

    /**
     * Whether the writer goes on: always while the service runs; on shutdown, while something is left to write and
     * the database is up or still coming up (a service stopped seconds after its first start), for a little while.
     */
    private boolean goingOn(List<Object> batch) {
        return running
                || ((!batch.isEmpty() || !queue.isEmpty())
                        && (database.isReady() || database.isComingUp())
                        && System.nanoTime() < drainDeadline);
    }

    private void write() {
        List<Object> batch = new ArrayList<>(BATCH);
        boolean failing = false;
        while (true) {
            if (!database.isReady() || (batch.isEmpty() && !fill(batch))) {
                if (!goingOn(batch)) {
                    break;
                }
                if (!database.isReady()) {
                    sleep(200);
                }
                continue;
            }
            try {
                store(batch);
                batch.clear();
                failing = false;
            } catch (SQLException | RuntimeException e) {
                if (e instanceof SQLException refused && !isTransient(refused)) {
                    storeOneByOne(batch);
                    batch.clear();
                    continue;
                }
                if (!failing) {
                    // the state only: a driver's message may quote the values of the statement
                    LOG.warnf("The question log could not be written (%s); retrying", describe(e));
                    failing = true;
                }
                if (!goingOn(batch)) {
                    break;
                }
                sleep(Math.min(config.retryInterval().toMillis(), running ? Long.MAX_VALUE : 200));
            }
        }
        unrecorded.increment(batch.size() + queue.size());
    }

    /** Takes what is queued, waiting a little while running; false when nothing came. */
    private boolean fill(List<Object> batch) {
        Object first;
        try {
            first = running ? queue.poll(200, TimeUnit.MILLISECONDS) : queue.poll();
        } catch (InterruptedException e) {
            // woken for shutdown: what is left is written without waiting
            first = queue.poll();
        }
        if (first == null) {
            return false;
        }
        batch.add(first);
        queue.drainTo(batch, BATCH - 1);
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            // woken for shutdown; the loop sees it is no longer running
        }
    }

    private static String describe(Exception e) {
        return e instanceof SQLException sql
                ? "SQLState " + sql.getSQLState()
                : e.getClass().getSimpleName();
    }

    /** The connection failed or the server is going away or overloaded: worth trying the same batch again. */
    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57") || state.startsWith("53");
    }

    /** A batch the database refused as such: each entry on its own, and the ones it refuses are counted, not kept. */
    private void storeOneByOne(List<Object> batch) {
        int refused = 0;
        String state = null;
        for (Object entry : batch) {
            try {
                store(List.of(entry));
            } catch (SQLException | RuntimeException e) {
                refused++;
                state = describe(e);
            }
        }
        if (refused > 0) {
            unrecorded.increment(refused);
            LOG.warnf("The database refused %d record(s) of the question log (%s)", refused, state);
        }
    }

    private void store(List<Object> batch) throws SQLException {
        List<AnswerRecord> answers = new ArrayList<>();
        List<Feedback> feedback = new ArrayList<>();
        for (Object entry : batch) {
            if (entry instanceof AnswerRecord answer) {
                answers.add(answer);
            } else {
                feedback.add((Feedback) entry);
            }
        }
        store.write(answers, feedback);
        recorded.increment(batch.size());
    }
}
