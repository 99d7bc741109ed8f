package com.boxoffice.platform.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignalsTest {

    private final Signals signals = new Signals();

    @Test
    void aWaiterWakesWhenTheWorkEnds() throws Exception {
        try (Signals.Signal ended = signals.watch("payment of order 1")) {
            CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> ended.await(far()));
            signals.fire("payment of order 1");
            assertTrue(woken.get(5, TimeUnit.SECONDS));
        }
        assertEquals(0, signals.watchedNames());
    }

    @Test
    void aSignalFiredBetweenWatchingAndWaitingIsNotMissed() {
        try (Signals.Signal ended = signals.watch("k")) {
            signals.fire("k"); // the work ended while the waiter was reading the row
            assertTrue(ended.await(System.nanoTime()), "no wait at all");
        }
    }

    @Test
    void everyWatcherOfTheNameWakesAndOthersDoNot() {
        try (Signals.Signal first = signals.watch("a"); Signals.Signal second = signals.watch("a");
             Signals.Signal other = signals.watch("b")) {
            signals.fire("a");
            assertTrue(first.await(System.nanoTime()));
            assertTrue(second.await(System.nanoTime()));
            assertFalse(other.await(System.nanoTime() + 20_000_000), "b still runs");
        }
        assertEquals(0, signals.watchedNames());
    }

    @Test
    void aWatcherThatLeavesDoesNotTakeTheSignalFromOneStillWaiting() {
        Signals.Signal staying = signals.watch("c");
        signals.watch("c").close(); // found the work done, or gave up
        signals.fire("c");
        assertTrue(staying.await(System.nanoTime()));
        staying.close();
        assertEquals(0, signals.watchedNames());
    }

    @Test
    void atTheDeadlineTheWaiterGivesUpAndNothingIsLeftBehind() {
        try (Signals.Signal ended = signals.watch("never")) {
            assertFalse(ended.await(System.nanoTime() + 20_000_000));
        }
        assertEquals(0, signals.watchedNames());
        signals.fire("never"); // nobody waits: nothing happens
        assertEquals(0, signals.watchedNames());
    }

    @Test
    void aSignalWakesOnlyThoseWhoWatchedBeforeIt() {
        signals.fire("d");
        try (Signals.Signal later = signals.watch("d")) {
            assertFalse(later.await(System.nanoTime() + 20_000_000));
        }
    }

    private static long far() {
        return System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    }
}
