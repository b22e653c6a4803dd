package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/** A revision number the FAQ's history does not have (404). */
public class UnknownRevisionException extends ProblemException {

    public UnknownRevisionException(long id) {
        super(404, "Unknown revision", "There is no FAQ revision " + id + ".");
    }
}
