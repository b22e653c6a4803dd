package jp.kenpo.faq.traffic;

import jp.kenpo.faq.problem.ProblemException;

/** Feedback on an answer id this service never gave (or whose record has been purged). */
public class UnknownAnswerException extends ProblemException {

    public UnknownAnswerException() {
        super(404, "Unknown answer", "No answer with this answerId is known; take it from the /ask response.");
    }
}
