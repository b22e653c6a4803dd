package jp.kenpo.faq.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jp.kenpo.faq.matching.MatchOutcome;

/**
 * Questions asked, by channel and outcome (answer / suggest / no match), and how long answering took:
 * {@code kenpo_questions_total{channel,outcome}} and {@code kenpo_answer_seconds{channel}}. No question text.
 * Every series exists from start-up (at 0), and a question costs no registry lookup. The answer time is published
 * as histogram buckets (SLO boundaries), which Prometheus can add up across replicas; client-side percentiles cannot
 * be.
 */
@ApplicationScoped
public class AskMetrics {

    /** Answer-time bucket boundaries: a question takes well under a millisecond; the upper ones catch stalls. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(1),
        Duration.ofMillis(5),
        Duration.ofMillis(25),
        Duration.ofMillis(100),
        Duration.ofMillis(500),
        Duration.ofSeconds(2)
    };

    private final Counter[][] questions = new Counter[Channel.values().length][MatchOutcome.values().length];
    private final Timer[] latency = new Timer[Channel.values().length];

    public AskMetrics(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            String name = channel.name().toLowerCase(Locale.ROOT);
            for (MatchOutcome outcome : MatchOutcome.values()) {
                questions[channel.ordinal()][outcome.ordinal()] = Counter.builder("kenpo.questions")
                        .description("Questions answered, by channel and outcome (answer, suggest, no_match)")
                        .tag("channel", name)
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(registry);
            }
            latency[channel.ordinal()] = Timer.builder("kenpo.answer")
                    .description("Time to answer a question (matching, rules, composing), by channel")
                    .tag("channel", name)
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry);
        }
    }

    /** One question answered (or not) on a channel, and how long it took. */
    public void record(Channel channel, MatchOutcome outcome, long nanos) {
        questions[channel.ordinal()][outcome.ordinal()].increment();
        latency[channel.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }
}
