package com.boxoffice.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The service's periodic work (sweeps, housekeeping, probes, pacers) on the server's managed scheduler: each
 * task runs with a fixed pause between runs, a failure is logged and the next run comes anyway, and every task
 * stops with the application.
 */
@ApplicationScoped
public class PeriodicTasks {

    private static final Logger LOG = Logger.getLogger(PeriodicTasks.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final List<ScheduledFuture<?>> running = new CopyOnWriteArrayList<>();

    /**
     * Runs {@code task} every {@code pause} (first after one pause). A failure is logged at {@code failureLevel}
     * with {@code what} ("sweep expired holds"), and the task runs again after the next pause.
     */
    public void every(Duration pause, String what, Level failureLevel, Runnable task) {
        long nanos = pause.toNanos();
        running.add(scheduler.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.log(failureLevel, "Could not " + what + " this time", e);
            }
        }, nanos, nanos, TimeUnit.NANOSECONDS));
    }

    /** As {@link #every(Duration, String, Level, Runnable)}, a failure logged as a warning. */
    public void every(Duration pause, String what, Runnable task) {
        every(pause, what, Level.WARNING, task);
    }

    @PreDestroy
    void stopAll() {
        running.forEach(task -> task.cancel(false));
    }
}
