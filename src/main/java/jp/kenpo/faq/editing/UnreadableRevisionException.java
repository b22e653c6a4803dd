package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/**
 * A revision whose changes this release cannot read: a later release, on another replica during a rolling upgrade,
 * published a kind of change this one does not know. Editing waits for the upgrade to finish (503).
 */
public class UnreadableRevisionException extends ProblemException {

    public UnreadableRevisionException(long revision, Throwable cause) {
        super(
                503,
                "FAQ revision unreadable here",
                "FAQ revision " + revision + " was made by another release of the service; try again once every"
                        + " replica runs the same release.");
        initCause(cause);
    }
}
