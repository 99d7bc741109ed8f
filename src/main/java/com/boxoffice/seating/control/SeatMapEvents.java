package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.catalog.control.ShowSeatings;
import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.JedisShardedPubSub;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * Live seat maps over Server-Sent Events. For every show someone is watching, this instance keeps the
 * seat statuses it last sent and sends only what changed (event {@code seats}) to the show's open streams
 * ({@link SeatMapStreams}). A change made on any instance is announced on a Redis channel (sharded on a Cluster), so every
 * instance looks at once; and every second each instance looks anyway, which covers holds that simply ran
 * out and the time Redis is unreachable.
 */
@ApplicationScoped
public class SeatMapEvents {

    private static final Logger LOG = Logger.getLogger(SeatMapEvents.class.getName());
    static final String CHANNEL = "boxoffice:seats-changed";

    @Inject
    ShowSeatings seatings;

    @Inject
    SeatOccupancy occupancy;

    @Inject
    SeatLocks locks;

    @Inject
    SeatMapStreams streams;

    @Inject
    UnifiedJedis redis;

    @Resource
    ManagedExecutorService executor;

    @Inject
    PeriodicTasks periodic;

    /** What a watched show's viewers were last told; refreshes of one show take turns on it. */
    private static final class Sent {
        Map<String, SeatStatus> statuses;
    }

    private final Map<UUID, Sent> sent = new ConcurrentHashMap<>();
    // A Redis Cluster carries the channel as sharded pub/sub (to the one shard that owns it, not to every
    // node); one master, with or without Sentinels, as plain pub/sub.
    private final JedisShardedPubSub shardedSubscription = new JedisShardedPubSub() {
        @Override
        public void onSMessage(String channel, String message) {
            announced(message);
        }
    };
    private final JedisPubSub subscription = new JedisPubSub() {
        @Override
        public void onMessage(String channel, String message) {
            announced(message);
        }
    };
    private volatile boolean running = true;
    private volatile Sse sse;

    void start(@Observes SchemaReady ready) {
        periodic.every(Duration.ofSeconds(1), "refresh the live seat maps", Level.FINE, this::refreshAll);
        executor.submit(this::listen);
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            if (redis instanceof RedisClusterClient) {
                shardedSubscription.sunsubscribe();
            } else {
                subscription.unsubscribe();
            }
        } catch (RuntimeException e) {
            // was not subscribed
        }
    }

    /**
     * Opens a viewer's stream on the show (which must exist); the first event says it is ready. Refused
     * (429, 503) beyond the caps on open streams.
     */
    public void watch(UUID showId, String client, SseEventSink sink, Sse sse) {
        seatings.of(showId);
        this.sse = sse;
        Sent last = sent.computeIfAbsent(showId, id -> new Sent());
        synchronized (last) {
            if (last.statuses == null) {
                last.statuses = statuses(showId);
            }
        }
        OutboundSseEvent ready = sse.newEventBuilder().name("ready").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(String.class, Json.createObjectBuilder().add("showId", showId.toString()).build().toString())
                .reconnectDelay(1000).build();
        streams.open(showId, client, sink, sse, ready);
    }

    /** After a change on this instance: tell every instance (through Redis), or at least this one. */
    void changed(@Observes SeatsChanged change) {
        if (locks.backend() == LockBackend.REDIS) {
            try {
                if (redis instanceof RedisClusterClient cluster) {
                    cluster.spublish(CHANNEL, change.showId().toString());
                } else {
                    redis.publish(CHANNEL, change.showId().toString());
                }
                return;
            } catch (RuntimeException e) {
                // every instance looks again within a second anyway
            }
        }
        executor.submit(() -> refreshQuietly(change.showId()));
    }

    private void listen() {
        while (running) {
            try {
                if (redis instanceof RedisClusterClient cluster) {
                    cluster.ssubscribe(shardedSubscription, CHANNEL);
                } else {
                    redis.subscribe(subscription, CHANNEL);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                sleepASecond(); // Redis away: the ticker keeps seat maps fresh meanwhile
            }
        }
    }

    private void announced(String showId) {
        try {
            refresh(UUID.fromString(showId));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Ignored seat-change message " + showId, e);
        }
    }

    private void refreshAll() {
        sent.keySet().removeIf(showId -> !streams.watched(showId));
        streams.watchedShows().forEach(this::refreshQuietly);
    }

    private void refreshQuietly(UUID showId) {
        try {
            refresh(showId);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not refresh the seat map of " + showId, e);
        }
    }

    private void refresh(UUID showId) {
        Sse current = sse;
        if (current == null || !streams.watched(showId)) {
            return;
        }
        Sent last = sent.computeIfAbsent(showId, id -> new Sent());
        synchronized (last) {
            Map<String, SeatStatus> now = statuses(showId);
            String data = changes(showId, last.statuses, now);
            last.statuses = now;
            if (data != null) {
                streams.broadcast(showId, current.newEventBuilder().name("seats")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, data).build());
            }
        }
    }

    /** The event's data for what changed since {@code before}, or null when nothing did. */
    private static String changes(UUID showId, Map<String, SeatStatus> before, Map<String, SeatStatus> now) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        int count = 0;
        int[] totals = new int[SeatStatus.values().length];
        for (Map.Entry<String, SeatStatus> seat : now.entrySet()) {
            totals[seat.getValue().ordinal()]++;
            if (before == null || before.get(seat.getKey()) != seat.getValue()) {
                changes.add(Json.createObjectBuilder().add("seatId", seat.getKey()).add("status", seat.getValue().name()));
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        return Json.createObjectBuilder().add("showId", showId.toString()).add("seats", changes)
                .add("availableCount", totals[SeatStatus.AVAILABLE.ordinal()])
                .add("heldCount", totals[SeatStatus.HELD.ordinal()])
                .add("bookedCount", totals[SeatStatus.BOOKED.ordinal()]).build().toString();
    }

    private Map<String, SeatStatus> statuses(UUID showId) {
        ShowSeating show = seatings.of(showId);
        SeatMap map = new SeatMap(show, occupancy.of(show, null));
        Map<String, SeatStatus> statuses = new HashMap<>();
        for (LayoutSeat seat : show.layout().seats()) {
            statuses.put(seat.seatId(), map.statusOf(seat.seatId()));
        }
        return statuses;
    }

    private static void sleepASecond() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
