package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.error.Unavailable;
import com.boxoffice.platform.redis.LuaScript;
import com.boxoffice.platform.redis.RedisConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A waiting room's line and passes in Redis, shared by every instance. All keys of one room carry the movie
 * as their hash tag (one Redis Cluster slot), and every change is one script, run atomically: a join, the
 * opening shuffle, an admission. Positions are ranks in a sorted set (O(log n) to read).
 */
@ApplicationScoped
public class WaitingLine {

    private static final LuaScript ENTRY = new LuaScript("waitingroom/entry.lua");
    private static final LuaScript OPEN = new LuaScript("waitingroom/open.lua");
    private static final LuaScript ADMIT = new LuaScript("waitingroom/admit.lua");
    private static final int OPEN_ATTEMPTS = 5;

    @Inject
    UnifiedJedis redis;

    private final SecureRandom random = new SecureRandom();

    /** A customer's entry as Redis has it now, with its clock. */
    public record Place(Entry entry, boolean joinedNow, boolean opened, Instant now) {
    }

    /** A customer admitted by one call of {@link #admit}, and when they joined. */
    public record Admitted(UUID userId, Instant joinedAt, Instant admittedAt) {
    }

    /** How many wait, how many passes are live, how many were admitted in the last minute. */
    public record Counts(long waiting, long shopping, long admittedLastMinute) {
    }

    /** Joins the line (or finds the customer's place in it: one place per customer). */
    public Place join(RoomSettings room, UUID userId) {
        return entry(room, userId, true).orElseThrow();
    }

    public Optional<Place> look(RoomSettings room, UUID userId) {
        return entry(room, userId, false);
    }

    private Optional<Place> entry(RoomSettings room, UUID userId, boolean join) {
        for (int attempt = 0; attempt < OPEN_ATTEMPTS; attempt++) {
            List<String> reply = run(jedis -> ENTRY.evalList(jedis, List.of(Keys.state(room), Keys.pre(room),
                    Keys.line(room), Keys.entries(room)), List.of(userId.toString(), join ? "join" : "look",
                    UUID.randomUUID().toString(), Long.toString(room.opensAt().toEpochMilli()))));
            switch (reply.get(0)) {
                case "NONE" -> {
                    return Optional.empty();
                }
                case "NEED_OPEN" -> open(room);
                default -> {
                    Instant now = Instant.ofEpochMilli(Long.parseLong(reply.get(3)));
                    Long rank = reply.get(2).isEmpty() ? null : Long.parseLong(reply.get(2));
                    return Optional.of(new Place(Entry.of(room.movieId(), reply.get(1), rank, now),
                            reply.get(0).equals("JOINED"), reply.get(4).equals("1"), now));
                }
            }
        }
        throw new Unavailable("The waiting room is opening; try again in a moment", 1);
    }

    /**
     * Opens the room: the customers who joined before {@code opensAt} get the first places, in an order drawn
     * with a cryptographic random generator (never the order they joined in). Once, whoever comes first.
     */
    void open(RoomSettings room) {
        for (int attempt = 0; attempt < OPEN_ATTEMPTS; attempt++) {
            List<String> early = new ArrayList<>(run(jedis -> jedis.smembers(Keys.pre(room))));
            Collections.sort(early); // the set's own order depends on how Redis stores it: start from a known one
            Collections.shuffle(early, random);
            long outcome = (Long) run(jedis -> OPEN.eval(jedis, List.of(Keys.state(room), Keys.pre(room),
                    Keys.line(room)), early));
            if (outcome >= 0) {
                return;
            }
        }
    }

    /**
     * Admits whoever is due now (see admit.lua); {@code maxGapMillis} is the longest the caller goes between
     * two calls.
     */
    public List<Admitted> admit(RoomSettings room, long maxGapMillis) {
        List<String> keys = List.of(Keys.state(room), Keys.line(room), Keys.passes(room), Keys.entries(room),
                Keys.recent(room));
        List<String> args = List.of(Long.toString(maxGapMillis), Long.toString(room.opensAt().toEpochMilli()),
                Double.toString(room.admissionIntervalMillis()), Integer.toString(room.maxShoppers()),
                Long.toString(room.passSeconds() * 1000L));
        List<String> reply = run(jedis -> ADMIT.evalList(jedis, keys, args));
        if (reply.get(0).equals("NEED_OPEN")) {
            open(room);
            reply = run(jedis -> ADMIT.evalList(jedis, keys, args));
        }
        List<Admitted> admitted = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 1; i + 1 < reply.size(); i += 2) {
            admitted.add(new Admitted(UUID.fromString(reply.get(i)), Instant.ofEpochMilli(Long.parseLong(reply.get(i + 1))),
                    now));
        }
        return admitted;
    }

    /** Whether the customer holds a live pass of this room. */
    public boolean hasPass(RoomSettings room, UUID userId, Instant now) {
        Double expires = run(jedis -> jedis.zscore(Keys.passes(room), userId.toString()));
        return expires != null && expires > now.toEpochMilli();
    }

    public Counts counts(RoomSettings room, Instant now) {
        return run(jedis -> {
            try (AbstractPipeline pipeline = jedis.pipelined()) {
                Response<Long> line = pipeline.zcard(Keys.line(room));
                Response<Long> early = pipeline.scard(Keys.pre(room));
                Response<Long> passes = pipeline.zcount(Keys.passes(room), now.toEpochMilli() + 1, Double.POSITIVE_INFINITY);
                Response<Long> recent = pipeline.zcount(Keys.recent(room), now.toEpochMilli() - 60_000, Double.POSITIVE_INFINITY);
                pipeline.sync();
                return new Counts(line.get() + early.get(), passes.get(), recent.get());
            }
        });
    }

    /** The room is off: its line and passes go. */
    public void discard(RoomSettings room) {
        run(jedis -> jedis.del(Keys.state(room), Keys.pre(room), Keys.line(room), Keys.entries(room),
                Keys.passes(room), Keys.recent(room)));
    }

    /** Redis unreachable: the room fails closed, with a 503 the client may retry. */
    private <T> T run(Function<UnifiedJedis, T> work) {
        try {
            return work.apply(redis);
        } catch (JedisException e) {
            if (!RedisConnections.isOutage(e)) {
                throw e; // a bug, not an outage
            }
            throw new Unavailable("The waiting room cannot be reached right now; try again shortly", 5);
        }
    }

    /** The keys of one room's line: the movie is the hash tag, the generation tells rooms apart. */
    static final class Keys {

        private Keys() {
        }

        private static String of(RoomSettings room, String part) {
            return "waitingroom:{" + room.movieId() + "}:" + room.generation() + ":" + part;
        }

        static String state(RoomSettings room) {
            return of(room, "state");
        }

        static String pre(RoomSettings room) {
            return of(room, "early");
        }

        static String line(RoomSettings room) {
            return of(room, "line");
        }

        static String entries(RoomSettings room) {
            return of(room, "entries");
        }

        static String passes(RoomSettings room) {
            return of(room, "passes");
        }

        static String recent(RoomSettings room) {
            return of(room, "admitted");
        }
    }
}
