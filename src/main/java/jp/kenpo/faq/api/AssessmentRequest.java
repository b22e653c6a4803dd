package jp.kenpo.faq.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/v1/assessment}.
 *
 * @param member the member's facts; every key optional (absent = unknown)
 * @param asOf   the day to assess for (YYYY-MM-DD), default today in Japan
 */
public record AssessmentRequest(JsonNode member, String asOf) {
}
