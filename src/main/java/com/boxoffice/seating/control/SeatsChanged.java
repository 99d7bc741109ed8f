package com.boxoffice.seating.control;

import java.util.UUID;

/** Seats of the show were held, released, sold or given back: open seat maps should hear of it. */
public record SeatsChanged(UUID showId) {
}
