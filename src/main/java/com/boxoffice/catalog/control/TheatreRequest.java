package com.boxoffice.catalog.control;

import com.boxoffice.platform.web.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A theatre with its screens. A screen's layout is given row by row ({@code rows}: each seat's number and
 * category; a missing number is an aisle) or in blocks ({@code blocks}: {@code "A-F"}, {@code "1-5,7-11"}, a
 * category). On update, screens are matched by {@code screenId} (or name); screens left out are removed.
 */
public record TheatreRequest(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 1000) String address,
        @NotBlank @Size(max = 100) String city,
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 7) BigDecimal geoLat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 7) BigDecimal geoLng,
        @JsonbTypeDeserializer(StrictJson.Bool.class) Boolean cancellationAvailable,
        @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull ScreenRequest> screens) {

    public record ScreenRequest(UUID screenId, @NotBlank @Size(max = 100) String name, @NotNull @Valid Layout layout) {
    }

    @Schema(name = "Layout")
    public record Layout(@Size(max = 52) List<@Valid @NotNull Row> rows,
                         @Size(max = 52) List<@Valid @NotNull Block> blocks) {
    }

    @Schema(name = "LayoutRow")
    public record Row(@NotBlank @Size(max = 3) String row, @NotNull @Size(min = 1, max = 100) List<@Valid @NotNull Seat> seats) {
    }

    @Schema(name = "LayoutSeat")
    public record Seat(@NotNull @Min(1) @Max(100) Integer number, @NotBlank String category) {
    }

    @Schema(name = "LayoutBlock")
    public record Block(@NotBlank @Size(max = 7) String rows, @NotBlank @Size(max = 200) String seats,
                        @NotBlank String category) {
    }
}
