package com.boxoffice.ordering.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record OrderRequest(@NotBlank @Size(max = 36) String holdId, @NotNull @Valid CustomerDetails customer) {
}
