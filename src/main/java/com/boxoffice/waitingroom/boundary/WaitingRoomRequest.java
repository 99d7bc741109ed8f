package com.boxoffice.waitingroom.boundary;

import com.boxoffice.platform.web.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A movie's waiting room as an admin sets it; {@code opensAt} defaults to now, {@code passSeconds} to 600. */
public record WaitingRoomRequest(
        OffsetDateTime opensAt,
        @NotNull @Min(1) @Max(600_000) @JsonbTypeDeserializer(StrictJson.WholeNumber.class) Integer admitPerMinute,
        @NotNull @Min(1) @Max(10_000_000) @JsonbTypeDeserializer(StrictJson.WholeNumber.class) Integer maxShoppers,
        @Min(10) @Max(86_400) @JsonbTypeDeserializer(StrictJson.WholeNumber.class) Integer passSeconds) {
}
