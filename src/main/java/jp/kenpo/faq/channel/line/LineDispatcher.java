package jp.kenpo.faq.channel.line;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final LineEventHandler handler;
    private final RecentEventIds recent;
    private final ThreadPoolExecutor workers;

    LineDispatcher(LineEventHandler handler, LineConfig config) {
        this.handler = handler;
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

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
