package com.boxoffice.catalog.control;

import com.boxoffice.platform.web.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A movie as an admin creates or replaces it; without a thumbnail the service draws a poster. */
public record MovieRequest(
        @NotBlank @Size(max = 255) String title,
        @Size(max = 5000) String about,
        @Size(max = 2000) @Pattern(regexp = "^(https://|/(?!/))\\S+$", message = "must be an https:// or a /relative URL")
        String thumbnailUrl,
        @DecimalMin("0.0") @DecimalMax("10.0") @Digits(integer = 2, fraction = 1) BigDecimal rating,
        @NotNull @Min(1) @Max(600) @JsonbTypeDeserializer(StrictJson.WholeNumber.class) Integer durationMins,
        @Size(max = 10) String ageRating,
        LocalDate releaseDate,
        @NotBlank @Size(max = 50) String language,
        @NotBlank @Size(max = 20) String format,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 50) String> genres) {
}
