package jp.kenpo.faq.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import jp.kenpo.faq.answer.AnswerService;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs two questions — one without and one with member facts — through what {@code POST /api/v1/ask} does
 * (JSON in, validation, matching, rules, JSON out) before the HTTP server opens. Without it the first member
 * pays a quarter of a second for Jackson serialisers, validation metadata and the rules' first real session.
 * Not counted in the metrics.
 */
@Singleton
class StartupWarmUp {

    private static final Logger LOG = Logger.getLogger(StartupWarmUp.class);
    private static final String[] QUESTIONS = {
            "{\"question\": \"資格情報のお知らせが届きません\"}",
            "{\"question\": \"マイナ保険証は使えますか\", \"member\": {\"scheme\": \"REGULAR\", \"insuredType\": \"INSURED\","
                    + " \"birthDate\": \"1980-04-01\", \"qualificationAcquiredOn\": \"2010-04-01\", \"mynaCardInsuranceRegistered\": true},"
                    + " \"asOf\": \"2026-01-05\"}"};

    void warm(@Observes StartupEvent event, ObjectMapper json, Validator validator, AnswerService answers) {
        long start = System.nanoTime();
        try {
            for (String body : QUESTIONS) {
                AskRequest request = json.readValue(body.getBytes(StandardCharsets.UTF_8), AskRequest.class);
                if (!validator.validate(request).isEmpty()) {
                    throw new IllegalStateException("warm-up question is invalid: " + body);
                }
                json.writeValueAsBytes(AskResponse.of(answers.answer(request.toQuestion(null, AsOfReader.today()))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("warm-up failed", e);
        }
        LOG.infof("Answer path warmed (%d ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
