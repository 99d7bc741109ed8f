package com.boxoffice.platform.concurrent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes the requests of this server that wait for another one to finish something (a payment of the same
 * order, a request with the same Idempotency-Key). The database row says what happened; a signal only says
 * when to look again, so a waiter never polls. A waiter watches before it reads the row, so a signal fired
 * in between is not missed. Work finishing on another server fires nothing here: its waiters read the row
 * once more at their deadline.
 */
@ApplicationScoped
public class Signals {

    private final ConcurrentMap<String, CompletableFuture<Void>> watched = new ConcurrentHashMap<>();

    /** The next {@link #fire} of the name, to be awaited after the state was found unfinished. */
    public Signal watch(String name) {
        return new Signal(name, watched.computeIfAbsent(name, n -> new CompletableFuture<>()));
    }

    /** After the commit that finished the work: every watcher of the name looks again. */
    public void fire(String name) {
        CompletableFuture<Void> signal = watched.remove(name);
        if (signal != null) {
            signal.complete(null);
        }
    }

    /** How many names are watched now (none when nobody waits). */
    int watchedNames() {
        return watched.size();
    }

    public final class Signal {

        private final String name;
        private final CompletableFuture<Void> future;

        private Signal(String name, CompletableFuture<Void> future) {
            this.name = name;
            this.future = future;
        }

        /** Waits for the signal until {@code deadline} ({@link System#nanoTime()}); false when the deadline came first. */
        public boolean await(long deadline) {
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                watched.remove(name, future);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return true;
            }
        }
    }
}
