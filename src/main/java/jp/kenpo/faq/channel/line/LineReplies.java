package jp.kenpo.faq.channel.line;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Sends replies; a failing reply API is logged (status only, nothing about the member) and not retried. */
@ApplicationScoped
class LineReplies {

    private static final Logger LOG = Logger.getLogger(LineReplies.class);

    private final LineApiClient api;
    private final LineConfig config;

    LineReplies(@RestClient LineApiClient api, LineConfig config) {
        this.api = api;
        this.config = config;
    }

    void send(String replyToken, List<ReplyRequest.TextMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<ReplyRequest.TextMessage> capped =
                messages.subList(0, Math.min(messages.size(), LineMessages.MAX_MESSAGES));
        try {
            api.reply("Bearer " + config.channelAccessToken().orElse(""), new ReplyRequest(replyToken, capped));
        } catch (jakarta.ws.rs.WebApplicationException e) {
            LOG.warnf(
                    "LINE reply API answered HTTP %d; the reply was dropped",
                    e.getResponse().getStatus());
        } catch (RuntimeException e) {
            LOG.warnf(
                    "LINE reply API could not be reached (%s); the reply was dropped",
                    e.getClass().getSimpleName());
        }
    }
}
