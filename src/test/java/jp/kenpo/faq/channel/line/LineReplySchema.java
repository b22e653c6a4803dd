package jp.kenpo.faq.channel.line;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.stream.Collectors;

/**
 * LINE's official OpenAPI document of the Messaging API (src/test/resources/line-openapi): a reply request the
 * service sends must be one LINE accepts — message types, lengths, quick-reply and action shapes, counts.
 */
final class LineReplySchema {

    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(specification())
                    .build();

    private LineReplySchema() {}

    /**
     * LINE's document as published, with two repairs the validator needs and LINE's rules do not change: each schema
     * that tells its subtypes apart by a property (a message's or action's {@code type}) lists it as required, as
     * OpenAPI asks; and each subtype written as {@code allOf} its base and its own part is written out as one
     * schema, since the validator would have each part refuse the other's fields.
     */
    private static String specification() {
        try (var in = LineReplySchema.class.getResourceAsStream("/line-openapi/messaging-api.yml")) {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            JsonNode root = yaml.readTree(in);
            ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
            for (JsonNode schema : schemas) {
                requireDiscriminator((ObjectNode) schema);
            }
            ObjectNode original = schemas.deepCopy();
            schemas.fieldNames().forEachRemaining(name -> flatten((ObjectNode) schemas.get(name), original));
            return yaml.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void requireDiscriminator(ObjectNode schema) {
        JsonNode property = schema.path("discriminator").path("propertyName");
        if (property.isTextual()) {
            ArrayNode required =
                    schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
            addOnce(required, property.asText());
        }
    }

    /** The parts of {@code allOf} merged into the schema: their properties and required fields, not their discriminator. */
    private static void flatten(ObjectNode schema, ObjectNode all) {
        JsonNode parts = schema.remove("allOf");
        if (parts == null) {
            return;
        }
        ObjectNode properties =
                schema.has("properties") ? (ObjectNode) schema.get("properties") : schema.putObject("properties");
        ArrayNode required = schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
        for (JsonNode part : parts) {
            JsonNode resolved = part;
            if (part.has("$ref")) {
                String ref = part.get("$ref").asText();
                ObjectNode base = ((ObjectNode) all.get(ref.substring(ref.lastIndexOf('/') + 1))).deepCopy();
                flatten(base, all);
                resolved = base;
            }
            resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
            resolved.path("required").forEach(r -> addOnce(required, r.asText()));
        }
        schema.put("type", "object");
    }

    private static void addOnce(ArrayNode list, String value) {
        for (JsonNode entry : list) {
            if (entry.asText().equals(value)) {
                return;
            }
        }
        list.add(value);
    }

    /** @throws AssertionError naming every way the body breaks LINE's schema */
    static void assertValid(String body) {
        ValidationReport report = VALIDATOR.validateRequest(SimpleRequest.Builder.post("/v2/bot/message/reply")
                .withContentType("application/json")
                .withAuthorization("Bearer test-access-token")
                .withBody(body)
                .build());
        if (report.hasErrors()) {
            throw new AssertionError("not a reply LINE accepts: "
                    + report.getMessages().stream().map(Object::toString).collect(Collectors.joining("; "))
                    + "\n" + body);
        }
    }
}
