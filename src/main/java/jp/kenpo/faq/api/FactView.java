package jp.kenpo.faq.api;

import java.util.List;
import jp.kenpo.faq.personalization.Fact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One member fact as {@code GET /api/v1/facts} describes it.
 *
 * @param key       the key in {@code member}, e.g. qualificationLostOn
 * @param label     its name in Japanese, e.g. 資格喪失日
 * @param kind      ENUM, DATE (YYYY-MM-DD), BOOLEAN or RATIO
 * @param options   the values it takes with their Japanese names, in order; empty for dates
 * @param nullMeans what an explicit null states (e.g. 加入中); null where null, like a missing key, means unknown
 */
public record FactView(
        @Schema(examples = "qualificationLostOn") String key,
        @Schema(examples = "資格喪失日") String label,

        @Schema(enumeration = {"ENUM", "DATE", "BOOLEAN", "RATIO"})
        String kind,

        List<Choice> options,
        @Schema(nullable = true, examples = "加入中") String nullMeans) {

    /**
     * A value of a fact.
     *
     * @param value as sent in {@code member}: a name, true/false or a number
     * @param label its name in Japanese
     */
    public record Choice(
            @Schema(examples = "VOLUNTARY_CONTINUATION") Object value,
            @Schema(examples = "任意継続") String label) {}

    static FactView of(Fact fact) {
        return new FactView(
                fact.key(),
                fact.label(),
                fact.kind().name(),
                fact.options().stream()
                        .map(o -> new Choice(o.value(), o.label()))
                        .toList(),
                fact.nullMeans());
    }
}
