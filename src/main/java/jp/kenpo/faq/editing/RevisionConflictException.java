package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/**
 * The revision cannot take this step in its state (409): it answers the checks worse than the served FAQ, another
 * revision was published after it was staged, or it is not staged (or was never published) at all.
 */
public class RevisionConflictException extends ProblemException {

    public RevisionConflictException(String detail) {
        super(409, "Revision not in a state for this", detail);
    }
}
