package jp.kenpo.faq.channel.line;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Handles events after the webhook has answered LINE (which wants an answer within about two seconds), on a
 * small bounded pool, dropping redeliveries of events already handled.
 */
@ApplicationScoped
class LineDispatcher {

    private static final Logger LOG = Logger.getLogger(LineDispatcher.class);

    /** Before the question log's flush (2000), which records what these events were answered. */
    static final int DRAIN_PRIORITY = 1000;

    private final LineEventHandler handler;
    private final LineReplies replies;
    private final LineConfig config;
    private final RecentEventIds recent;
    private final ThreadPoolExecutor workers;

    LineDispatcher(LineEventHandler handler, LineReplies replies, LineConfig config) {
        this.handler = handler;
        this.replies = replies;
        this.config = config;
        this.recent = new RecentEventIds(config.recentEvents());
        this.workers = new ThreadPoolExecutor(
                config.workers(), config.workers(), 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), runnable -> {
                    Thread thread = new Thread(runnable, "line-events");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    void dispatch(List<LineEvent> events) {
        for (LineEvent event : events) {
            if (!recent.firstTime(event.webhookEventId())) {
                continue;
            }
            try {
                workers.execute(() -> handleSafely(event));
            } catch (RejectedExecutionException e) {
                LOG.warn("LINE event dropped: the event queue is full");
            }
        }
    }

    private void handleSafely(LineEvent event) {
        try {
            handler.handle(event);
        } catch (RuntimeException e) {
            LOG.errorf(
                    "LINE event of type %s could not be handled (%s)",
                    event.type(), e.getClass().getSimpleName());
        }
    }

    /**
     * On stop, every event the webhook accepted is still answered: its 200 told LINE it was received, and LINE does
     * not send it again. First the events queued are handled, then the replies sent are awaited, all within
     * {@code kenpo.line.shutdown-wait}; before the question log is flushed, which records these answers too.
     */
    void drain(@Observes @Priority(DRAIN_PRIORITY) ShutdownEvent event) throws InterruptedException {
        long deadline = System.nanoTime() + config.shutdownWait().toNanos();
        workers.shutdown();
        if (!workers.awaitTermination(config.shutdownWait().toNanos(), TimeUnit.NANOSECONDS)) {
            LOG.warnf(
                    "%d LINE events were not handled before the stop",
                    workers.getQueue().size());
        }
        int unanswered = replies.awaitSent(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        if (unanswered > 0) {
            LOG.warnf("%d LINE replies were still unanswered by LINE at the stop", unanswered);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
