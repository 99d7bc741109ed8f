package com.boxoffice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.HdrHistogram.ConcurrentHistogram;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.resps.Tuple;

/**
 * A waiting room under a real crowd (bench/flash-sale.sh with BENCH_ONLY=waiting-room): a line of
 * BENCH_LINE customers (50,000) joins before the sale opens, in an open loop at 80% of the rate of a signed-in
 * request that does nothing (that floor measured first, in the same run); then they poll their place as the
 * service advises while it lets them in. Reported: join latency, status polls against the floor, admissions a
 * minute against the setting, anyone let in ahead of a lower place, and how the pre-queue's order relates to
 * the order people joined in.
 */
final class WaitingRoomBench {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int ADMIT_PER_MINUTE = 600;

    private final List<String> servers;
    private final String adminToken;
    private final List<String> tokens;
    private final List<UUID> users;
    private final Path tokensFile;
    private final int seconds;

    WaitingRoomBench(List<String> servers, String adminToken, List<String> tokens, List<UUID> users, Path tokensFile,
                     int seconds) {
        this.servers = servers;
        this.adminToken = adminToken;
        this.tokens = tokens;
        this.users = users;
        this.tokensFile = tokensFile;
        this.seconds = seconds;
    }

    void run(String movieId) throws Exception {
        double floor = Wrk.run("signed-in 400 (the floor)", servers, 48, seconds, "refused", tokensFile.toString(),
                UUID.randomUUID().toString()).rate();
        double joinRate = 0.8 * floor;
        Instant opensAt = Instant.now().plusSeconds((long) (tokens.size() / joinRate) + 15).truncatedTo(ChronoUnit.SECONDS);
        put(movieId, "{\"opensAt\": \"" + opensAt + "\", \"admitPerMinute\": " + ADMIT_PER_MINUTE
                + ", \"maxShoppers\": 1000000, \"passSeconds\": 600}");
        System.out.printf("Line of %d customers joining at %.0f/s (80%% of the floor, %.0f/s); the room opens at %s%n",
                tokens.size(), joinRate, floor, opensAt);

        ConcurrentHistogram joins = new ConcurrentHistogram(3);
        ConcurrentHistogram lag = new ConcurrentHistogram(3);
        Map<String, LongAdder> notJoined = new ConcurrentHashMap<>();
        openLoop(joinRate, i -> "POST /api/waiting-rooms/" + movieId + "/entries", joins, lag, notJoined);
        System.out.printf("Joins: %d in the open loop, p50 %.1f ms, p99 %.1f ms (target < 50 ms); the generator's own"
                + " lag p99 %.1f ms; not joined: %s%n", joins.getTotalCount(), joins.getValueAtPercentile(50) / 1000.0,
                joins.getValueAtPercentile(99) / 1000.0, lag.getValueAtPercentile(99) / 1000.0, notJoined);
        if (Instant.now().isAfter(opensAt)) {
            System.out.println("WARNING: the joins ran past the opening; the pre-queue holds only those before it");
        }

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opensAt).toMillis()) + 500);
        List<String> line = lineAtOpening(movieId);
        System.out.printf("Pre-queue vs join order: Spearman rho %.4f over %d customers (0 = unrelated)%n",
                spearman(line), line.size());

        long admittedBefore = admitted();
        Instant measuredFrom = Instant.now();
        var polls = Wrk.run("status polls (closed loop)", servers, 48, seconds, "poll", tokensFile.toString(), movieId);
        System.out.println(polls.line());
        System.out.printf("Status polls / floor:              %5.1f%% (target >= 80%%)%n", 100 * polls.rate() / floor);
        Thread.sleep(Math.max(0, 60_000 - Duration.between(measuredFrom, Instant.now()).toMillis()));
        double minutes = Duration.between(measuredFrom, Instant.now()).toMillis() / 60_000.0;
        double perMinute = (admitted() - admittedBefore) / minutes;
        System.out.printf("Admissions a minute:               %5.0f of %d set (%+.1f%%; target within 5%%)%n",
                perMinute, ADMIT_PER_MINUTE, 100 * (perMinute - ADMIT_PER_MINUTE) / ADMIT_PER_MINUTE);
        System.out.printf("Admitted ahead of a lower place:   %d%n", admittedOutOfOrder(movieId, line));
    }

    /** Each customer once, in the order of {@code users}, at a fixed rate; latency from the scheduled start. */
    private void openLoop(double rate, Function<Integer, String> request, ConcurrentHistogram latency,
                          ConcurrentHistogram lag, Map<String, LongAdder> failures) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(512);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < tokens.size(); i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String[] line = request.apply(i).split(" ", 2);
            String token = tokens.get(i);
            URI server = URI.create(servers.get(i % servers.size()));
            clients.execute(() -> {
                lag.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
                String outcome;
                try {
                    int status = OneShotHttp.post(server, line[1], token, "", 5_000);
                    outcome = status == 201 ? null : Integer.toString(status);
                } catch (Exception e) {
                    outcome = e.getClass().getSimpleName();
                }
                if (outcome != null) {
                    failures.computeIfAbsent(outcome, k -> new LongAdder()).increment();
                }
                latency.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
            });
        }
        clients.shutdown();
        clients.awaitTermination(120, TimeUnit.SECONDS);
    }

    /** The line right after opening, first place first, read from Redis. */
    private List<String> lineAtOpening(String movieId) throws Exception {
        String generation = generation(movieId);
        try (Jedis redis = BenchRedis.connect()) {
            String key = "waitingroom:{" + movieId + "}:" + generation + ":line";
            for (int i = 0; i < 100 && !redis.exists(key); i++) {
                Thread.sleep(100); // the room opens on the next admission tick
            }
            List<String> line = new ArrayList<>();
            for (Tuple entry : redis.zrangeWithScores(key, 0, -1)) {
                line.add(entry.getElement());
            }
            return line;
        }
    }

    /** How the order at opening relates to the join order, -1 to 1 (rank correlation). */
    private double spearman(List<String> line) {
        Map<String, Integer> joined = new HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            joined.put(users.get(i).toString(), i);
        }
        List<Integer> joinRanks = new ArrayList<>();
        for (String user : line) {
            joinRanks.add(joined.get(user));
        }
        List<Integer> sorted = joinRanks.stream().sorted().toList();
        Map<Integer, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            rankOf.put(sorted.get(i), i);
        }
        double n = line.size();
        double sum = 0;
        for (int place = 0; place < line.size(); place++) {
            double d = place - rankOf.get(joinRanks.get(place));
            sum += d * d;
        }
        return 1 - 6 * sum / (n * (n * n - 1));
    }

    /** Customers let in while someone with a lower place at opening was not yet, or later than them. */
    private long admittedOutOfOrder(String movieId, List<String> line) throws Exception {
        String generation = generation(movieId);
        Map<String, String> entries;
        try (Jedis redis = BenchRedis.connect()) {
            entries = redis.hgetAll("waitingroom:{" + movieId + "}:" + generation + ":entries");
        }
        long outOfOrder = 0;
        long lastAdmittedAt = 0;
        boolean someoneWaits = false;
        for (String user : line) {
            String[] entry = entries.get(user).split("\\|", -1);
            if (entry[2].isEmpty()) {
                someoneWaits = true;
                continue;
            }
            long admittedAt = Long.parseLong(entry[2]);
            if (someoneWaits || admittedAt < lastAdmittedAt) {
                outOfOrder++;
            }
            lastAdmittedAt = admittedAt;
        }
        return outOfOrder;
    }

    private long admitted() throws Exception {
        String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(servers.get(0) + "/metrics?scope=application")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long total = 0;
        for (String server : servers) {
            String text = server.equals(servers.get(0)) ? metrics : HTTP.send(HttpRequest.newBuilder(
                    URI.create(server + "/metrics?scope=application")).build(), HttpResponse.BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                if (line.startsWith("waitingroom_admitted_total")) {
                    total += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
        }
        return total;
    }

    private String generation(String movieId) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.db"), "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT generation FROM waiting_rooms WHERE movie_id = ?")) {
            query.setObject(1, UUID.fromString(movieId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void put(String movieId, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(servers.get(0) + "/api/admin/movies/"
                + movieId + "/waiting-room")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("waiting room: " + response.statusCode() + " " + response.body());
        }
        Thread.sleep(1500); // every server reads the rooms each second
    }
}
