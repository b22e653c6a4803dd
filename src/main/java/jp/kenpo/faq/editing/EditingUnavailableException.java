package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/** The database that keeps the FAQ's revisions cannot be reached just now; answering goes on, editing waits. */
public class EditingUnavailableException extends ProblemException {

    public EditingUnavailableException() {
        super(503, "FAQ revisions unavailable", "The FAQ's revisions cannot be reached just now; try again later.");
    }
}
