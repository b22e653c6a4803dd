package jp.kenpo.faq.answer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jp.kenpo.faq.matching.MatchOutcome;

import java.util.Locale;

/**
 * Questions asked, by channel and outcome (answer / suggest / no match), and how long answering took:
 * {@code kenpo_questions_total{channel,outcome}} and {@code kenpo_answer_seconds{channel}}. No question text.
 */
@ApplicationScoped
public class AskMetrics {

    private final MeterRegistry registry;

    public AskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Channel channel, MatchOutcome outcome, long nanos) {
        String name = channel.name().toLowerCase(Locale.ROOT);
        registry.counter("kenpo.questions", "channel", name, "outcome", outcome.name().toLowerCase(Locale.ROOT)).increment();
        Timer.builder("kenpo.answer").tag("channel", name).publishPercentiles(0.5, 0.9, 0.99)
                .register(registry).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
