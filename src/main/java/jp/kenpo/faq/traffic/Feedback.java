package jp.kenpo.faq.traffic;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A member's (or an agent's) word on one answer: did it help, and if not, why. */
public record Feedback(UUID answerId, boolean helpful, Optional<FeedbackReason> reason, Instant givenAt) {}
