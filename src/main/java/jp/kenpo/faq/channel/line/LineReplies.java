package jp.kenpo.faq.channel.line;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Sends replies without waiting for them: a slow LINE API holds no thread, so a burst is answered at once. A failing
 * reply is logged with its status and LINE's request id (nothing about the member) and not retried.
 */
@ApplicationScoped
class LineReplies {

    private static final Logger LOG = Logger.getLogger(LineReplies.class);

    private final LineApiClient api;
    private final LineConfig config;
    /** Replies sent and not yet answered by LINE; guarded by this. */
    private int inFlight;

    LineReplies(@RestClient LineApiClient api, LineConfig config) {
        this.api = api;
        this.config = config;
    }

    void send(String replyToken, List<ReplyRequest.Message> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<ReplyRequest.Message> capped = messages.subList(0, Math.min(messages.size(), LineMessages.MAX_MESSAGES));
        sending();
        try {
            api.reply("Bearer " + config.channelAccessToken().orElse(""), new ReplyRequest(replyToken, capped))
                    .whenComplete((response, failure) -> {
                        log(response, failure);
                        sent();
                    });
        } catch (RuntimeException e) {
            log(null, e);
            sent();
        }
    }

    /**
     * Waits for the replies already sent to be answered by LINE, so that a stopping service does not drop them.
     *
     * @return how many were still unanswered when the time ran out
     */
    synchronized int awaitSent(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        for (long left = patience.toNanos(); inFlight > 0 && left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return inFlight;
    }

    private synchronized void sending() {
        inFlight++;
    }

    private synchronized void sent() {
        inFlight--;
        notifyAll();
    }

    /** LINE's request id goes with every status, so a reply can be traced with LINE's support. */
    private static void log(Response response, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause == null) {
            LOG.debugf(
                    "LINE reply API answered HTTP %d (x-line-request-id %s)",
                    response.getStatus(), requestId(response));
            response.close();
        } else if (cause instanceof WebApplicationException rejected) {
            LOG.warnf(
                    "LINE reply API answered HTTP %d (x-line-request-id %s); the reply was dropped",
                    rejected.getResponse().getStatus(), requestId(rejected.getResponse()));
        } else {
            LOG.warnf(
                    "LINE reply API could not be reached (%s); the reply was dropped",
                    cause.getClass().getSimpleName());
        }
    }

    private static String requestId(Response response) {
        String id = response.getHeaderString("x-line-request-id");
        return id == null ? "none" : id;
    }
}
