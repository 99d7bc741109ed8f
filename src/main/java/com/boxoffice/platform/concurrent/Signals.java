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
 * in between is not missed, and closes its watch when done, so that nothing is kept for names nobody waits
 * on. Work finishing on another server fires nothing here: its waiters read the row once more at their deadline.
 */
@ApplicationScoped
public class Signals {

    /** The next firing of a name, and how many watch it. */
    private static final class Watched {
        final CompletableFuture<Void> fired = new CompletableFuture<>();
        int watchers;
    }

    private final ConcurrentMap<String, Watched> watched = new ConcurrentHashMap<>();

    /** The next {@link #fire} of the name, to be awaited after the state was found unfinished; close it after. */
    public Signal watch(String name) {
        return new Signal(name, watched.compute(name, (n, current) -> {
            Watched next = current == null ? new Watched() : current;
            next.watchers++;
            return next;
        }));
    }

    /** After the commit that finished the work: every watcher of the name looks again. */
    public void fire(String name) {
        Watched current = watched.remove(name);
        if (current != null) {
            current.fired.complete(null);
        }
    }

    /** How many names are watched now (none when nobody waits). */
    int watchedNames() {
        return watched.size();
    }

    public final class Signal implements AutoCloseable {

        private final String name;
        private final Watched watch;

        private Signal(String name, Watched watch) {
            this.name = name;
            this.watch = watch;
        }

        /** Waits for the signal until {@code deadline} ({@link System#nanoTime()}); false when the deadline came first. */
        public boolean await(long deadline) {
            try {
                watch.fired.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                return true;
            }
        }

        @Override
        public void close() {
            watched.computeIfPresent(name, (n, current) -> current == watch && --current.watchers == 0 ? null : current);
        }
    }
}
