package com.boxoffice.seating.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record HoldChangeRequest(@NotNull @Size(min = 1, max = 10, message = "must name 1 to 10 seats")
                                List<@NotBlank @Size(max = 8) String> seatIds) {
}
