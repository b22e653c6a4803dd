package jp.kenpo.faq.channel.line;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import jp.kenpo.faq.answer.Answer;
import jp.kenpo.faq.answer.AnswerService;
import jp.kenpo.faq.answer.Channel;
import jp.kenpo.faq.answer.ContactDesk;
import jp.kenpo.faq.answer.Question;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.UnknownFaqException;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.traffic.QuestionLog;
import jp.kenpo.faq.traffic.UnknownAnswerException;
import org.jboss.logging.Logger;

/**
 * One event → at most one reply. Only what the member says in the conversation personalises the answer;
 * nothing is looked up about a LINE user.
 */
@ApplicationScoped
class LineEventHandler {

    private static final Logger LOG = Logger.getLogger(LineEventHandler.class);

    private final AnswerService answers;
    private final LineReplies replies;
    private final QuestionLog questionLog;

    private final ContactDesk desk;

    LineEventHandler(AnswerService answers, LineReplies replies, FaqCorpus corpus, QuestionLog questionLog) {
        this.answers = answers;
        this.replies = replies;
        this.questionLog = questionLog;
        this.desk = ContactDesk.from(corpus);
    }

    void handle(LineEvent event) {
        if (event.replyToken() == null || event.inStandby()) {
            return;
        }
        List<ReplyRequest.Message> messages = switch (String.valueOf(event.type())) {
            // in a group or room only a message addressed to the bot is a question to it
            case "message" -> event.shared() && !event.addressed() ? List.of() : message(event);
            case "postback" -> postback(event.postbackData(), event.shared());
            case "follow" -> List.of(LineMessages.text(LineMessages.GREETING));
            case "join" -> List.of(LineMessages.text(LineMessages.JOINED));
            default -> List.of();
        };
        replies.send(event.replyToken(), messages);
    }

    private List<ReplyRequest.Message> message(LineEvent event) {
        if (!"text".equals(event.messageType())
                || event.text() == null
                || event.text().isBlank()) {
            return List.of(LineMessages.text(LineMessages.TEXT_ONLY));
        }
        String text = event.text().strip();
        Optional<SmallTalk> talk = SmallTalk.of(text);
        if (talk.isPresent()) {
            return talk.get() == SmallTalk.PERSON
                    ? LineMessages.person(desk)
                    : LineMessages.smallTalk(talk.get(), desk);
        }
        Question question = new Question(
                text.length() > Question.MAX_LENGTH ? text.substring(0, Question.MAX_LENGTH) : text,
                Question.DEFAULT_LIMIT,
                Optional.empty(),
                Question.today(),
                Channel.LINE);
        return LineMessages.of(answers.ask(question), new PostbackData(null, MemberFacts.none()), event.shared());
    }

    private List<ReplyRequest.Message> postback(String data, boolean shared) {
        if (FeedbackPostback.isFeedback(data)) {
            return feedback(data);
        }
        Optional<PostbackData> conversation = PostbackData.decode(data);
        if (conversation.isEmpty() || conversation.get().itemId() == null) {
            return List.of(LineMessages.text(LineMessages.EXPIRED));
        }
        try {
            PostbackData chosen = conversation.get();
            // the same operation as a question: the item picked goes through the rules' choice, metrics, follow-ups
            Answer answer = answers.ask(Question.ofItem(
                    chosen.itemId(),
                    Question.DEFAULT_LIMIT,
                    chosen.facts().stated().isEmpty() ? Optional.empty() : Optional.of(chosen.facts()),
                    Question.today(),
                    Channel.LINE));
            return LineMessages.of(answer, chosen, shared);
        } catch (UnknownFaqException | IllegalArgumentException damaged) {
            return List.of(LineMessages.text(LineMessages.EXPIRED));
        }
    }

    /**
     * 解決した／解決しない: kept against the answer only (no LINE id goes with it). The member is thanked whether or not
     * it could be kept — an answer purged since, or the log down, is nothing the member can act on.
     */
    private List<ReplyRequest.Message> feedback(String data) {
        Optional<FeedbackPostback> word = FeedbackPostback.decode(data);
        if (word.isEmpty()) {
            return List.of(LineMessages.text(LineMessages.EXPIRED));
        }
        try {
            questionLog.feedback(word.get().answerId(), word.get().helpful(), Optional.empty());
        } catch (UnknownAnswerException unknown) {
            LOG.info("LINE feedback on an answer the question log does not know (purged?); not recorded");
        } catch (RuntimeException unavailable) {
            LOG.warnf("LINE feedback not recorded (%s)", unavailable.getClass().getSimpleName());
        }
        return word.get().helpful()
                ? List.of(LineMessages.text(LineMessages.HELPFUL_THANKS))
                : LineMessages.notHelpful(desk);
    }
}
