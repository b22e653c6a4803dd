package jp.kenpo.faq.traffic;

import jp.kenpo.faq.problem.ProblemException;

/** The question log's database cannot be reached just now; answering goes on, this request cannot. */
public class QuestionLogUnavailableException extends ProblemException {

    public QuestionLogUnavailableException() {
        super(503, "Question log unavailable", "The question log cannot be reached just now; try again later.");
    }
}
