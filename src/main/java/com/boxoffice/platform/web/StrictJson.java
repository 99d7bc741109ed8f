package com.boxoffice.platform.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * JSON-B turns {@code "yes"} into {@code false} and {@code 1.5} into {@code 1}; for fields where that would
 * quietly store something the client did not mean, these take only the JSON type itself (or null), and
 * anything else is a 400 that names the field.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** {@code true}, {@code false} or {@code null}. */
    public static final class Bool implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException("expected true or false");
            };
        }
    }

    /** A whole JSON number that fits an int, or {@code null}. */
    public static final class WholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new JsonbException("expected a whole number");
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("expected a whole number", e);
            }
        }
    }
}
