package jp.kenpo.faq.personalization;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads one member fact's value as its {@link Fact} says, strictly: an enum by its exact name, a date only as
 * {@code YYYY-MM-DD} text, a boolean only as true/false, a ratio only as the number 2 or 3; any fact also as
 * {@code "UNKNOWN"} (the member does not know, see {@link Fact#UNKNOWN}). Jackson's own
 * deserialisers would accept ordinals, epoch days, date-times, "true" in quotes or 2.0. A bad value is Jackson's
 * {@code MismatchedInputException}, whose path names the field; its message repeats no value.
 */
final class FactValueDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

    private final Fact fact;

    FactValueDeserializer() {
        this(null);
    }

    private FactValueDeserializer(Fact fact) {
        super(Object.class);
        this.fact = fact;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        String name = property == null ? null : property.getName();
        return new FactValueDeserializer(
                Fact.byKey(name).orElseThrow(() -> new IllegalStateException("not a member fact: " + name)));
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (hasShape(p.currentToken())
                || p.currentToken() == JsonToken.VALUE_STRING && Fact.UNKNOWN.equals(p.getText())) {
            try {
                return fact.parse(p.getText());
            } catch (IllegalArgumentException notAValue) {
                // reported below, like a value of the wrong shape
            }
        }
        return ctxt.reportInputMismatch(this, "member fact %s %s", fact.key(), fact.requirement());
    }

    private boolean hasShape(JsonToken token) {
        return switch (fact.kind()) {
            case ENUM, DATE -> token == JsonToken.VALUE_STRING;
            case BOOLEAN -> token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            case RATIO -> token == JsonToken.VALUE_NUMBER_INT;
        };
    }
}
