package com.boxoffice.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * How long work waits for a thread of the server right now. Requests wait in the server's work queue before
 * any code of the service runs, where no concurrency limit sees them; a probe scheduled every few
 * milliseconds waits in the same queue, and how late it runs is the queue's delay.
 */
@ApplicationScoped
public class WorkQueueDelay {

    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private volatile long delayNanos;
    private volatile long due;
    private volatile boolean running = true;
    private volatile ScheduledFuture<?> next;

    @PostConstruct
    void start() {
        schedule();
    }

    @PreDestroy
    void stop() {
        running = false;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    /** The latest probe's wait beyond its schedule; a probe still waiting counts as long as it has waited. */
    public long millis() {
        long waitingNow = System.nanoTime() - due;
        return TimeUnit.NANOSECONDS.toMillis(Math.max(delayNanos, waitingNow));
    }

    private void probe() {
        delayNanos = Math.max(0, System.nanoTime() - due);
        schedule();
    }

    private void schedule() {
        if (!running) {
            return;
        }
        try {
            due = System.nanoTime() + PERIOD_NANOS;
            next = scheduler.schedule(this::probe, PERIOD_NANOS, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            running = false; // the application is stopping
        }
    }
}
