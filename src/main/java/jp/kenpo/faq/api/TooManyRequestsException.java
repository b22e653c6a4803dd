package jp.kenpo.faq.api;

import jp.kenpo.faq.problem.ProblemException;

/** A client sent more than its share; it may try again after {@link #retryAfterSeconds()}. */
public class TooManyRequestsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds) {
        super(429, "Too many requests", "Too many feedbacks from this address; try again in a minute.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
