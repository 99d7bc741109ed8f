package com.boxoffice.seating.control;

/** Redis lacks the show's state (a new show, or Redis restarted empty): it must be written back first. */
final class ShowNotWarm extends RuntimeException {

    ShowNotWarm() {
        super(null, null, false, false);
    }
}
