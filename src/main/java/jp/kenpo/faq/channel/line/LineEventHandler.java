package jp.kenpo.faq.channel.line;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import jp.kenpo.faq.answer.Answer;
import jp.kenpo.faq.answer.AnswerService;
import jp.kenpo.faq.answer.Channel;
import jp.kenpo.faq.answer.Question;
import jp.kenpo.faq.faq.UnknownFaqException;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.FollowUpReply;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.traffic.QuestionLog;
import jp.kenpo.faq.traffic.UnknownAnswerException;
import org.jboss.logging.Logger;

/**
 * One event → at most one reply. Only what the member says in the conversation personalises the answer;
 * nothing is looked up about a LINE user. A follow-up question can be answered by a tap or in words.
 */
@ApplicationScoped
class LineEventHandler {

    private static final Logger LOG = Logger.getLogger(LineEventHandler.class);

    /** A typed message this short, while a follow-up question waits, is taken for an attempt to answer it. */
    static final int ATTEMPTED_ANSWER = 20;

    private final AnswerService answers;
    private final LineReplies replies;
    private final QuestionLog questionLog;
    private final PendingFollowUps pendings;

    LineEventHandler(AnswerService answers, LineReplies replies, QuestionLog questionLog, PendingFollowUps pendings) {
        this.answers = answers;
        this.pendings = pendings;
        this.replies = replies;
        this.questionLog = questionLog;
    }

    void handle(LineEvent event) {
        if (event.replyToken() == null || event.inStandby()) {
            return;
        }
        List<ReplyRequest.Message> messages = switch (String.valueOf(event.type())) {
            // in a group or room only a message addressed to the bot is a question to it
            case "message" -> event.shared() && !event.addressed() ? List.of() : message(event);
            case "postback" -> postback(event);
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
        Optional<PendingFollowUps.Pending> pending = pendings.take(event.chat());
        // a longer message, or one that asks, is a question of its own even when it holds a date or 「わからない」
        boolean answerShaped = text.length() <= ATTEMPTED_ANSWER && !text.endsWith("?") && !text.endsWith("？");
        Optional<FollowUp.Option> typed =
                answerShaped ? pending.flatMap(p -> FollowUpReply.read(p.question(), text)) : Optional.empty();
        if (typed.isPresent()) {
            Fact fact = Fact.byKey(pending.get().question().fact()).orElseThrow();
            PostbackData chosen = pending.get().about().with(fact, typed.get().value());
            return LineMessages.understood(typed.get().label(), conversation(chosen, event.shared(), event.chat()));
        }
        Optional<SmallTalk> talk = SmallTalk.of(text);
        if (talk.isPresent()) {
            // 「ちょっと待って」 while a question waits: it still waits
            pending.ifPresent(p -> pendings.asked(event.chat(), p.question(), p.about()));
            return talk.get() == SmallTalk.PERSON
                    ? LineMessages.person(answers.contactDesk())
                    : LineMessages.smallTalk(talk.get(), answers.contactDesk());
        }
        Question question = new Question(
                text.length() > Question.MAX_LENGTH ? text.substring(0, Question.MAX_LENGTH) : text,
                Question.DEFAULT_LIMIT,
                Optional.empty(),
                Question.today(),
                Channel.LINE);
        Answer answer = answers.ask(question);
        if (pending.isPresent() && answer.best().isEmpty() && answerShaped) {
            // a few words the FAQ does not answer, typed while a question waits: most likely an answer not understood
            pendings.asked(event.chat(), pending.get().question(), pending.get().about());
            return LineMessages.askAgain(pending.get().question(), pending.get().about());
        }
        PostbackData fresh = new PostbackData(null, MemberFacts.none());
        remember(event.chat(), answer, fresh, event.shared());
        return LineMessages.of(answer, fresh, event.shared());
    }

    private List<ReplyRequest.Message> postback(LineEvent event) {
        String data = event.postbackData();
        if (FeedbackPostback.isFeedback(data)) {
            return feedback(data);
        }
        Optional<PostbackData> conversation = PostbackData.decode(data);
        if (conversation.isEmpty() || conversation.get().itemId() == null) {
            return List.of(LineMessages.text(LineMessages.EXPIRED));
        }
        try {
            return conversation(conversation.get(), event.shared(), event.chat());
        } catch (UnknownFaqException | IllegalArgumentException damaged) {
            return List.of(LineMessages.text(LineMessages.EXPIRED));
        }
    }

    /** The item and facts chosen so far, by a tap or a typed answer, answered as the next step of the conversation. */
    private List<ReplyRequest.Message> conversation(PostbackData chosen, boolean shared, String chat) {
        // the same operation as a question: the item picked goes through the rules' choice, metrics, follow-ups
        Answer answer = answers.ask(Question.ofItem(
                chosen.itemId(),
                Question.DEFAULT_LIMIT,
                chosen.facts().stated().isEmpty() ? Optional.empty() : Optional.of(chosen.facts()),
                Question.today(),
                Channel.LINE));
        remember(chat, answer, chosen, shared);
        return LineMessages.of(answer, chosen, shared);
    }

    /** The follow-up question this answer asks, kept for a typed reply; none asked, none kept. */
    private void remember(String chat, Answer answer, PostbackData conversation, boolean shared) {
        if (shared || answer.best().isEmpty() || answer.followUps().isEmpty()) {
            pendings.forget(chat);
            return;
        }
        String itemId = answer.best().get().item().id().toString();
        pendings.asked(chat, answer.followUps().get(0), new PostbackData(itemId, conversation.facts()));
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
                : LineMessages.notHelpful(answers.contactDesk());
    }
}
