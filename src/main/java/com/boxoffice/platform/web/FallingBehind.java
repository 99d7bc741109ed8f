package com.boxoffice.platform.web;

/**
 * Work of the server's own that a flood of new requests would starve (the confirmation emails of a sale): while
 * any says it is behind, {@link LoadShedding} sheds requests that start new work, and lets checkout through.
 * Implemented as CDI beans by the features that do such work.
 */
public interface FallingBehind {

    /** Whether this work is late now for want of the server's time (not for a service of its own being down). */
    boolean behind();
}
