package jp.kenpo.faq.editing;

import jp.kenpo.faq.problem.ProblemException;

/**
 * The changed FAQ does not fit in the heap beside the served one (a large FAQ under the README's small heap): the
 * change cannot be evaluated or published on this replica until it has more memory (503).
 */
public class NotEnoughMemoryException extends ProblemException {

    public NotEnoughMemoryException() {
        super(
                503,
                "Not enough memory to build the FAQ",
                "This replica's heap cannot hold a second copy of the FAQ to evaluate the change; give it a larger"
                        + " heap (-Xmx) to edit an FAQ this large.");
    }
}
