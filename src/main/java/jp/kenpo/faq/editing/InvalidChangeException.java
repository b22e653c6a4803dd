package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/** An editor's change that cannot be made to the FAQ: it names an item the FAQ lacks, or its sheet is broken. */
public class InvalidChangeException extends ProblemException {

    public InvalidChangeException(String detail) {
        super(400, "Invalid change to the FAQ", detail);
    }
}
