package jp.kenpo.faq.traffic;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Questions asked in much the same words, for an editor deciding what the FAQ lacks.
 *
 * @param question  the newest of them, standing for the group (masked)
 * @param count     how many were asked
 * @param unhelpful how many of their answers the member said did not help
 * @param lastAsked when the newest was asked
 * @param outcomes  how they were answered: outcome → count
 * @param items     the items they were answered (or suggested) with: item id → count
 * @param examples  up to 20 of the questions, newest first (masked)
 */
public record QuestionGroup(
        String question,
        int count,
        int unhelpful,
        Instant lastAsked,
        Map<String, Integer> outcomes,
        Map<String, Integer> items,
        List<String> examples) {}
