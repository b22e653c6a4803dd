package jp.kenpo.faq.answer;

import java.time.Instant;

/**
 * A question has been answered (or not): what was asked, what was answered, when. Fired for every answer of every
 * channel, so that what members ask can be learnt from; observers must only take note and return.
 */
public record Answered(Question question, Answer answer, Instant at) {}
