package jp.kenpo.faq.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.MatchResult;
import jp.kenpo.faq.matching.Matcher;

import java.util.Optional;

/** Answers a member's question: the matcher's ranking, turned into an answer or the contact desk. */
@ApplicationScoped
public class AnswerService {

    private final Matcher matcher;
    private final ContactDesk contactDesk;

    public AnswerService(Matcher matcher, FaqCorpus corpus) {
        this.matcher = matcher;
        this.contactDesk = ContactDesk.from(corpus);
    }

    public Answer ask(String question, int limit) {
        MatchResult result = matcher.match(question, limit);
        Optional<ContactDesk> contact = result.best().isPresent() ? Optional.empty() : Optional.of(contactDesk);
        return new Answer(result.outcome(), result.best(), result.candidates(), contact);
    }
}
