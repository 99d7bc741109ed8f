package com.boxoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.catalog.control.MovieRequest;
import com.boxoffice.catalog.control.TheatreRequest;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "1", "\"1\"", "\"true\"", "[]"})
    void onlyJsonBooleansSayWhetherATheatreTakesCancellations(String value) {
        JsonbException refused = assertThrows(JsonbException.class, () -> JSONB.fromJson(
                "{\"name\": \"T\", \"cancellationAvailable\": " + value + "}", TheatreRequest.class));
        assertTrue(refused.getMessage().contains("'cancellationAvailable'"), refused.getMessage());
    }

    @Test
    void booleansAndNullAreTaken() {
        assertEquals(Boolean.FALSE, JSONB.fromJson("{\"cancellationAvailable\": false}", TheatreRequest.class)
                .cancellationAvailable());
        assertNull(JSONB.fromJson("{\"cancellationAvailable\": null}", TheatreRequest.class).cancellationAvailable());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "\"100\"", "1e3", "true", "99999999999"})
    void aRunningTimeIsAWholeNumber(String value) {
        JsonbException refused = assertThrows(JsonbException.class, () -> JSONB.fromJson(
                "{\"title\": \"M\", \"durationMins\": " + value + "}", MovieRequest.class));
        assertTrue(refused.getMessage().contains("'durationMins'"), refused.getMessage());
    }

    @Test
    void wholeNumbersAreTaken() {
        assertEquals(125, JSONB.fromJson("{\"durationMins\": 125}", MovieRequest.class).durationMins());
    }
}
