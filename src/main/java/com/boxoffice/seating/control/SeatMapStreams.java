package com.boxoffice.seating.control;

import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.error.Unavailable;
import com.boxoffice.platform.ratelimit.RateLimited;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open seat-map streams of this instance, per show. Each viewer is counted exactly once however its
 * connection ends (closed by the client, a failed write, server shutdown), so one viewer leaving never
 * touches another's stream. Streams are capped per client address and in total, and every stream gets a
 * comment line every {@code keepalive-seconds}, so idle proxies keep it open and dead clients are noticed.
 */
@ApplicationScoped
public class SeatMapStreams {

    /** One open stream. Identity matters: a viewer leaves once, whoever notices first. */
    private record Viewer(UUID showId, String client, SseEventSink sink) {
    }

    @Inject
    @ConfigProperty(name = "boxoffice.seatmap.max-streams", defaultValue = "5000")
    int maxStreams;

    @Inject
    @ConfigProperty(name = "boxoffice.seatmap.max-streams-per-client", defaultValue = "20")
    int maxStreamsPerClient;

    @Inject
    @ConfigProperty(name = "boxoffice.seatmap.keepalive-seconds", defaultValue = "15")
    int keepAliveSeconds;

    @Inject
    PeriodicTasks periodic;

    private final Map<UUID, Set<Viewer>> byShow = new ConcurrentHashMap<>();
    private final Map<String, Integer> byClient = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile Sse sse;

    @PostConstruct
    void start() {
        periodic.every(Duration.ofSeconds(keepAliveSeconds), "keep the seat-map streams alive", Level.FINE,
                this::sendKeepAlive);
    }

    @PreDestroy
    void stop() {
        byShow.values().forEach(viewers -> viewers.forEach(this::leave));
    }

    /**
     * Adds a stream for the show, or refuses it: 429 when this client has too many open, 503 when the
     * instance has. Nothing is kept of a refused stream.
     */
    public void open(UUID showId, String client, SseEventSink sink, Sse sse, OutboundSseEvent first) {
        this.sse = sse;
        if (!admit(client)) {
            throw new RateLimited(keepAliveSeconds);
        }
        if (open.incrementAndGet() > maxStreams) {
            open.decrementAndGet();
            release(client);
            throw new Unavailable("Too many live seat maps are open; try again shortly", keepAliveSeconds);
        }
        Viewer viewer = new Viewer(showId, client, sink);
        byShow.compute(showId, (id, viewers) -> {
            Set<Viewer> set = viewers == null ? ConcurrentHashMap.newKeySet() : viewers;
            set.add(viewer);
            return set;
        });
        send(viewer, first);
    }

    /** Shows with at least one viewer on this instance. */
    public Set<UUID> watchedShows() {
        return byShow.keySet();
    }

    public boolean watched(UUID showId) {
        return byShow.containsKey(showId);
    }

    public void broadcast(UUID showId, OutboundSseEvent event) {
        Set<Viewer> viewers = byShow.get(showId);
        if (viewers != null) {
            viewers.forEach(viewer -> send(viewer, event));
        }
    }

    /** How many streams are open on this instance. */
    public int openStreams() {
        return open.get();
    }

    private void sendKeepAlive() {
        Sse current = sse;
        if (current == null) {
            return;
        }
        OutboundSseEvent comment = current.newEventBuilder().comment("keep-alive").build();
        byShow.values().forEach(viewers -> viewers.forEach(viewer -> send(viewer, comment)));
    }

    private void send(Viewer viewer, OutboundSseEvent event) {
        if (viewer.sink().isClosed()) {
            leave(viewer);
            return;
        }
        try {
            viewer.sink().send(event).whenComplete((done, failure) -> {
                if (failure != null) {
                    leave(viewer);
                }
            });
        } catch (RuntimeException e) {
            leave(viewer); // the connection is gone
        }
    }

    private void leave(Viewer viewer) {
        boolean[] removed = {false};
        byShow.computeIfPresent(viewer.showId(), (id, viewers) -> {
            removed[0] = viewers.remove(viewer);
            return viewers.isEmpty() ? null : viewers;
        });
        if (!removed[0]) {
            return;
        }
        open.decrementAndGet();
        release(viewer.client());
        try {
            viewer.sink().close();
        } catch (RuntimeException e) {
            // closed already
        }
    }

    private boolean admit(String client) {
        boolean[] admitted = {false};
        byClient.compute(client, (c, streams) -> {
            int now = streams == null ? 0 : streams;
            if (now >= maxStreamsPerClient) {
                return streams;
            }
            admitted[0] = true;
            return now + 1;
        });
        return admitted[0];
    }

    private void release(String client) {
        byClient.computeIfPresent(client, (c, streams) -> streams <= 1 ? null : streams - 1);
    }
}
