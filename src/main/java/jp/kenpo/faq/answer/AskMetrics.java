package jp.kenpo.faq.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jp.kenpo.faq.matching.MatchOutcome;

/**
 * Questions asked, by channel and outcome (answer / suggest / no match), and how long answering took:
 * {@code kenpo_questions_total{channel,outcome}} and {@code kenpo_answer_seconds{channel}}. No question text.
 * Every series exists from start-up (at 0), and a question costs no registry lookup.
 */
@ApplicationScoped
public class AskMetrics {

    private final Counter[][] questions = new Counter[Channel.values().length][MatchOutcome.values().length];
    private final Timer[] latency = new Timer[Channel.values().length];

    public AskMetrics(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            String name = channel.name().toLowerCase(Locale.ROOT);
            for (MatchOutcome outcome : MatchOutcome.values()) {
                questions[channel.ordinal()][outcome.ordinal()] = registry.counter(
                        "kenpo.questions",
                        "channel",
                        name,
                        "outcome",
                        outcome.name().toLowerCase(Locale.ROOT));
            }
            latency[channel.ordinal()] = Timer.builder("kenpo.answer")
                    .tag("channel", name)
                    .publishPercentiles(0.5, 0.9, 0.99)
                    .register(registry);
        }
    }

    /** One question answered (or not) on a channel, and how long it took. */
    public void record(Channel channel, MatchOutcome outcome, long nanos) {
        questions[channel.ordinal()][outcome.ordinal()].increment();
        latency[channel.ordinal()].record(nanos, TimeUnit.NANOSECONDS);
    }
}
