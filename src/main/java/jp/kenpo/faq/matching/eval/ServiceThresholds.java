package jp.kenpo.faq.matching.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import jp.kenpo.faq.matching.Thresholds;

/**
 * The thresholds the service runs with, read from its application.properties, so that evaluation outside
 * Quarkus measures exactly what is deployed. The keys are those of {@link jp.kenpo.faq.matching.MatchingConfig}.
 */
public final class ServiceThresholds {

    private ServiceThresholds() {}

    public static Thresholds load() {
        Properties properties = new Properties();
        try (InputStream in = ServiceThresholds.class.getClassLoader().getResourceAsStream("application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Thresholds(
                number(properties, "kenpo.matching.answer-threshold"),
                number(properties, "kenpo.matching.margin"),
                number(properties, "kenpo.matching.reject-threshold"),
                number(properties, "kenpo.matching.suggest-threshold"),
                number(properties, "kenpo.matching.out-of-scope-threshold"));
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("application.properties lacks " + key);
        }
        return Double.parseDouble(value.strip());
    }
}
