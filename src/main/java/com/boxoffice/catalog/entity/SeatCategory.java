package com.boxoffice.catalog.entity;

/** The kinds of seat a screen can have, most premium first (the order of a seat map's legend). */
public enum SeatCategory {
    RECLINER, PRIME, EXECUTIVE, CLASSIC
}
