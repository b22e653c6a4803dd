package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/**
 * The revision cannot take this step now (409). Each way it can happen has its own factory and title, so the editor
 * reads which: it answers the checks worse than the served FAQ, another revision was published after it was staged,
 * it is not staged, or it was never published.
 */
public class RevisionConflictException extends ProblemException {

    private RevisionConflictException(String title, String detail) {
        super(409, title, detail);
    }

    static RevisionConflictException answersWorse(long id) {
        return new RevisionConflictException(
                "Revision answers the checks worse",
                "Revision " + id + " answers the checks worse than the FAQ served when it was staged (see its"
                        + " figures); it cannot be published.");
    }

    static RevisionConflictException outdated(long id) {
        return new RevisionConflictException(
                "Another revision was published since",
                "Another revision was published after " + id + " was staged; stage the change again, so that it is"
                        + " checked against the FAQ served now.");
    }

    static RevisionConflictException notStaged(long id, Revision.State state) {
        return new RevisionConflictException(
                "Revision not staged",
                "Revision " + id + " is " + state + "; only a staged revision can be" + " published or discarded.");
    }

    static RevisionConflictException neverPublished(long id) {
        return new RevisionConflictException(
                "Revision never published",
                "Revision " + id + " was never published; only a published revision can be restored.");
    }
}
