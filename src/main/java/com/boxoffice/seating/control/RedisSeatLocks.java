package com.boxoffice.seating.control;

import com.boxoffice.platform.redis.LuaScript;
import com.boxoffice.platform.redis.RedisConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Seat locks in Redis: one Lua script per operation (run by SHA, sent whole where Redis lacks it), each
 * checking and changing all seats of a request atomically. Every key of a script is one show's and declared
 * (see seats.lua): the keys a script learns of as it runs are asked for and the script run again. Seat keys hold the hold id and expire with
 * the hold. Sold seats are mirrored in a per-show set whose member "~" says the show's Redis state is
 * complete; when it is missing (a new show, or Redis restarted empty) the scripts refuse to decide
 * ({@link ShowNotWarm}) until the show's state has been written back ({@link RedisShowState}). Only Redis here:
 * what to write back, and for how long, is decided by the callers.
 */
@ApplicationScoped
public class RedisSeatLocks {

    /**
     * The answer of a take or change: the seats that stood in the way; or the hold it replaced, when it was
     * granted (µs, Redis's clock) and when it ends (the replaced hold's end, if any).
     */
    public record Outcome(List<String> conflicts, UUID replacedHold, long grantedAt, Instant expiresAt) {

        boolean taken() {
            return conflicts.isEmpty();
        }
    }

    private enum Script {
        TAKE("take"), CHANGE("change"), RELEASE("release"), RESTORE("restore"), EXTEND("extend"), SELL("sell"), WARM("warm");

        final LuaScript lua;

        Script(String name) {
            this.lua = new LuaScript("seating/" + name + ".lua", "seating/seats.lua");
        }
    }

    /**
     * A script asks for keys at most twice (the previous hold's seat set, then its seats), and once more each
     * time another request of the same customer and show replaced that hold in between: a burst of one
     * customer's holds (a double click, ten times) settles well within this.
     */
    private static final int KEY_ROUNDS = 16;

    @Inject
    UnifiedJedis redis;

    /** Takes the seats until {@code expiresAt}, or until the user's hold of the show it replaces ends. */
    public Outcome take(UUID showId, UUID holdId, UUID userId, List<String> seatIds, Instant expiresAt) {
        List<String> keys = new ArrayList<>();
        keys.add(RedisKeys.sold(showId));
        keys.add(RedisKeys.holder(showId, userId));
        keys.add(RedisKeys.hold(showId, holdId));
        keys.addAll(seatKeys(showId, seatIds));
        List<String> args = new ArrayList<>(List.of(holdId.toString(), Long.toString(expiresAt.toEpochMilli()),
                RedisKeys.seatPrefix(showId), RedisKeys.holdPrefix(showId)));
        args.addAll(seatIds);
        List<String> reply = evalWithSoldSet(showId, Script.TAKE, keys, args);
        if ("CONFLICT".equals(reply.get(0))) {
            return new Outcome(reply.subList(1, reply.size()), null, 0, null);
        }
        String previous = reply.get(1);
        long grantedAt = Long.parseLong(reply.get(2)) * 1_000_000 + Long.parseLong(reply.get(3));
        // a hold whose payment window extended it may end within a second; the record never outlives the keys
        Instant ends = Instant.ofEpochMilli(Long.parseLong(reply.get(4))).truncatedTo(ChronoUnit.SECONDS);
        return new Outcome(List.of(), previous.isEmpty() ? null : UUID.fromString(previous), grantedAt, ends);
    }

    /** @return null when the hold has no keys left (it expired), else the outcome */
    public Outcome change(Hold hold, List<String> seatIds) {
        UUID showId = hold.showId();
        List<String> keys = new ArrayList<>();
        keys.add(RedisKeys.sold(showId));
        keys.add(RedisKeys.hold(showId, hold.holdId()));
        keys.addAll(seatKeys(showId, seatIds));
        keys.addAll(seatKeys(showId, hold.seatIds()));
        List<String> args = new ArrayList<>(List.of(hold.holdId().toString(), RedisKeys.seatPrefix(showId)));
        args.addAll(seatIds);
        List<String> reply = evalWithSoldSet(showId, Script.CHANGE, keys, args);
        return switch (reply.get(0)) {
            case "GONE" -> null;
            case "CONFLICT" -> new Outcome(reply.subList(1, reply.size()), null, 0, null);
            default -> new Outcome(List.of(), null, 0, null);
        };
    }

    public void release(Hold hold) {
        UUID showId = hold.showId();
        List<String> keys = new ArrayList<>(List.of(RedisKeys.hold(showId, hold.holdId()),
                RedisKeys.holder(showId, hold.userId())));
        keys.addAll(seatKeys(showId, hold.seatIds()));
        eval(Script.RELEASE, keys, List.of(hold.holdId().toString(), RedisKeys.seatPrefix(showId)));
    }

    /** Writes holds the database knows (taken or changed while Redis was away) into Redis. */
    public void restore(Collection<Hold> holds, long nowMillis) {
        for (Hold hold : holds) {
            if (hold.expiresAt().toEpochMilli() <= nowMillis) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(RedisKeys.hold(hold.showId(), hold.holdId()));
            keys.add(RedisKeys.holder(hold.showId(), hold.userId()));
            keys.addAll(seatKeys(hold.showId(), hold.seatIds()));
            List<String> args = new ArrayList<>(List.of(hold.holdId().toString(),
                    Long.toString(hold.expiresAt().toEpochMilli()), RedisKeys.seatPrefix(hold.showId())));
            args.addAll(hold.seatIds());
            eval(Script.RESTORE, keys, args);
        }
    }

    /** Keeps the hold's keys alive for at least {@code ttlMillis}; false when Redis no longer has the hold. */
    public boolean extend(Hold hold, long ttlMillis) {
        UUID showId = hold.showId();
        List<String> keys = new ArrayList<>(List.of(RedisKeys.hold(showId, hold.holdId()),
                RedisKeys.holder(showId, hold.userId()), RedisKeys.sold(showId)));
        keys.addAll(seatKeys(showId, hold.seatIds()));
        List<String> reply = evalWithSoldSet(showId, Script.EXTEND, keys,
                List.of(hold.holdId().toString(), Long.toString(ttlMillis), RedisKeys.seatPrefix(showId)));
        return "OK".equals(reply.get(0));
    }

    /**
     * After PostgreSQL committed a sale: the seats join the sold set (kept until {@code soldSetEnd}) and the
     * hold's keys go, in one step.
     */
    public void sell(Hold hold, long soldSetEnd) {
        UUID showId = hold.showId();
        List<String> args = new ArrayList<>(List.of(hold.holdId().toString(), RedisKeys.seatPrefix(showId),
                Long.toString(soldSetEnd)));
        args.addAll(hold.seatIds());
        List<String> keys = new ArrayList<>(List.of(RedisKeys.sold(showId), RedisKeys.hold(showId, hold.holdId()),
                RedisKeys.holder(showId, hold.userId())));
        keys.addAll(seatKeys(showId, hold.seatIds()));
        eval(Script.SELL, keys, args);
    }

    /** After PostgreSQL committed that a sale was undone: the seats may be held again. */
    public void unsell(UUID showId, Collection<String> seatIds) {
        run(jedis -> jedis.srem(RedisKeys.sold(showId), seatIds.toArray(String[]::new)));
    }

    /** Brings the show's sold set in line: these seats sold, those no longer. */
    public void resyncSold(UUID showId, Collection<String> sold, Collection<String> unsold, long soldSetEnd) {
        run(jedis -> {
            try (AbstractPipeline pipeline = jedis.pipelined()) {
                if (!sold.isEmpty()) {
                    pipeline.sadd(RedisKeys.sold(showId), sold.toArray(String[]::new));
                    pipeline.pexpireAt(RedisKeys.sold(showId), soldSetEnd);
                }
                if (!unsold.isEmpty()) {
                    pipeline.srem(RedisKeys.sold(showId), unsold.toArray(String[]::new));
                }
                pipeline.sync();
            }
            return null;
        });
    }

    /** Who holds which seat (seat id to hold id), which seats are sold, and the caller's own hold. */
    public record Snapshot(Map<String, String> holdBySeat, Set<String> sold, String callersHold) {
    }

    public Snapshot snapshot(UUID showId, List<String> seatIds, UUID callerId) {
        return run(jedis -> {
            Response<List<String>> owners;
            Response<Set<String>> sold;
            Response<String> mine;
            try (AbstractPipeline pipeline = jedis.pipelined()) {
                owners = pipeline.mget(seatKeys(showId, seatIds).toArray(String[]::new));
                sold = pipeline.smembers(RedisKeys.sold(showId));
                mine = callerId == null ? null : pipeline.get(RedisKeys.holder(showId, callerId));
                pipeline.sync();
            }
            Set<String> soldSeats = new HashSet<>(sold.get());
            if (!soldSeats.remove(RedisKeys.COMPLETE)) {
                throw new ShowNotWarm();
            }
            Map<String, String> holdBySeat = new HashMap<>();
            List<String> values = owners.get();
            for (int i = 0; i < seatIds.size(); i++) {
                if (values.get(i) != null) {
                    holdBySeat.put(seatIds.get(i), values.get(i));
                }
            }
            return new Snapshot(holdBySeat, soldSeats, mine == null ? null : mine.get());
        });
    }

    /**
     * Whether Redis answers a command on a key: a Cluster that lost a shard still answers PING on every node,
     * but refuses commands on keys (CLUSTERDOWN) until the shard is back.
     */
    public void ping() {
        run(jedis -> jedis.exists("boxoffice:probe"));
    }

    /** A script that first checks that Redis has the show's state; without it, {@link ShowNotWarm}. */
    private List<String> evalWithSoldSet(UUID showId, Script script, List<String> keys, List<String> args) {
        List<String> reply = eval(script, keys, args);
        if ("NEED_SOLD".equals(reply.get(0))) {
            throw new ShowNotWarm();
        }
        return reply;
    }

    /**
     * Writes a show's state into Redis — its active holds and its sold seats with the completeness marker — in
     * one script that does nothing once the marker is there, so that nothing held or sold becomes holdable
     * after Redis lost it, and no hold Redis released meanwhile comes back.
     */
    public void warm(UUID showId, long soldSetEnd, List<String> sold, List<Hold> holds, long nowMillis) {
        List<String> keys = new ArrayList<>(List.of(RedisKeys.sold(showId)));
        List<String> args = new ArrayList<>(List.of(Long.toString(soldSetEnd), Integer.toString(sold.size())));
        args.addAll(sold);
        for (Hold hold : holds) {
            if (hold.expiresAt().toEpochMilli() <= nowMillis) {
                continue;
            }
            keys.add(RedisKeys.hold(showId, hold.holdId()));
            keys.add(RedisKeys.holder(showId, hold.userId()));
            keys.addAll(seatKeys(showId, hold.seatIds()));
            args.addAll(List.of(hold.holdId().toString(), Long.toString(hold.expiresAt().toEpochMilli()),
                    Integer.toString(hold.seatIds().size())));
            args.addAll(hold.seatIds());
        }
        eval(Script.WARM, keys, args);
    }

    private static List<String> seatKeys(UUID showId, Collection<String> seatIds) {
        return seatIds.stream().map(seat -> RedisKeys.seat(showId, seat)).toList();
    }

    /** Runs the script, again with the keys it asks for added (see seats.lua), until it answers. */
    private List<String> eval(Script script, List<String> keys, List<String> args) {
        List<String> declared = new ArrayList<>(keys);
        for (int round = 1; ; round++) {
            List<String> reply = run(jedis -> script.lua.evalList(jedis, declared, args));
            if (!"NEED".equals(reply.get(0))) {
                return reply;
            }
            if (round == KEY_ROUNDS) {
                throw new IllegalStateException(script.lua + " still asks for keys after " + round + " rounds: " + reply);
            }
            declared.addAll(reply.subList(1, reply.size()));
        }
    }

    private <T> T run(Function<UnifiedJedis, T> work) {
        try {
            return work.apply(redis);
        } catch (JedisException e) {
            if (!RedisConnections.isOutage(e)) {
                throw e; // a bug (script error), not an outage
            }
            RedisConnections.dropIdleConnections(redis);
            throw new RedisUnavailable(e);
        }
    }
}
