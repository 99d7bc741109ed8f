package com.boxoffice.seating.control;

import java.util.Set;

/** Which seats of one show are held (and which of those by the caller), and which are sold. */
public record ShowOccupancy(Set<String> held, Set<String> heldByCaller, Set<String> sold) {
}
