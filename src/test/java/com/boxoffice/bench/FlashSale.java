package com.boxoffice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;

/**
 * The flash-sale benchmark (a command, not a test): many users, random holds of 1–4 adjacent seats. After a
 * warm-up it measures, in one run against one server: the trivial endpoint (GET /api/time) as the ceiling;
 * refused holds on the Redis path (one show of 1,000 seats, full within a second: closed loop at full speed,
 * then an open loop at 70% of that rate, latency counted from each request's scheduled time so that a slow
 * server cannot hide its queueing); granted holds (120 shows of 1,000 seats, which a phase does not fill); the
 * same two on the database path with the benchmark's Redis shut down; and purchases (hold, order, pay) at the
 * top rate and at 70% of the purchases that completed per second, each with what it asked of PostgreSQL and how
 * late its emails went out ({@link SaleCosts}). The closed loops of requests run on wrk ({@link Wrk}), the open
 * loop of holds on plain sockets ({@link OneShotHttp}): the load generator shares the cores with the server, so
 * it has to be cheap. Then it checks that no seat is in two active holds or sold twice. Run it with
 * bench/flash-sale.sh.
 */
public final class FlashSale {

    /** One server, or several (comma-separated) sharing the database and Redis: load is spread over them. */
    private static final List<String> SERVERS = List.of(System.getProperty("bench.url", "http://localhost:9280").split(","));
    private static final String BASE = SERVERS.get(0);
    private static final int USERS = Integer.getInteger("bench.users", 5000);
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 48);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmup", 60);
    private static final int PHASE_SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int ROWS = 40;
    private static final int SEATS_PER_ROW = 25;

    /** bench.http2=true: h2c, whose streams survive the 409s after which Liberty closes HTTP/1.1 connections. */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(Boolean.getBoolean("bench.http2") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(16)).build();

    private static final int SALE_SHOWS = 120;
    /** Requests of the open loop in flight at most; one waiting for a free one is late, and its lateness counts. */
    private static final int OPEN_LOOP_CONNECTIONS = 256;
    /** The customers' tokens, one a line, for wrk. */
    private static final Path TOKENS_FILE = Path.of("target", "bench-tokens.txt");
    /** The customers of the granted-hold phases (the first half): their holds last past the phase. */
    private static final Path GRANTED_TOKENS_FILE = Path.of("target", "bench-granted-tokens.txt");
    private static final boolean PURCHASES_ONLY = "purchases".equals(System.getProperty("bench.only"));
    private static final boolean HOLDS_ONLY = "holds".equals(System.getProperty("bench.only"));
    private static final boolean SOAK = "soak".equals(System.getProperty("bench.only"));
    private static final boolean OVERLOAD = "overload".equals(System.getProperty("bench.only"));
    private static final boolean WAITING_ROOM = "waiting-room".equals(System.getProperty("bench.only"));

    private final List<String> tokens = new ArrayList<>();
    private final List<UUID> userIds = new ArrayList<>();
    private final List<String> saleShows = new ArrayList<>();
    private final LongAdder ticketsSold = new LongAdder();
    private static final ConcurrentHashMap<Integer, LongAdder> OTHER_ANSWERS = new ConcurrentHashMap<>();
    private String showId;
    private String adminToken;
    private String screenId;
    private String movieId;

    record Result(String name, long requests, long ok, long conflicts, long errors, double seconds, double p50,
            double p95, double p99) {

        Result(String name, long requests, long ok, long conflicts, long errors, double seconds, Histogram latency) {
            this(name, requests, ok, conflicts, errors, seconds, ms(latency, 50), ms(latency, 95), ms(latency, 99));
        }

        double rate() {
            return requests / seconds;
        }

        String line() {
            return String.format("%-34s %9.0f req/s %9.0f ok/s %8d conflicts %6d errors   p50 %6.2f ms  p95 %6.2f ms"
                    + "  p99 %7.2f ms", name, rate(), ok / seconds, conflicts, errors, p50, p95, p99);
        }

        /** Two loads run side by side (one per server): counts add up, each percentile is the worse one. */
        Result plus(Result other) {
            return new Result(name, requests + other.requests, ok + other.ok, conflicts + other.conflicts,
                    errors + other.errors, Math.max(seconds, other.seconds), Math.max(p50, other.p50),
                    Math.max(p95, other.p95), Math.max(p99, other.p99));
        }

        private static double ms(Histogram latency, double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    public static void main(String[] args) throws Exception {
        new FlashSale().run();
        System.exit(0);
    }

    private void run() throws Exception {
        SaleCosts.startMailSink();
        awaitServer();
        createUsers();
        showId = createShow();
        System.out.printf("Machine: %d cores, %s; %d server(s) %s; %d users, one show of %d seats, %d client threads, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), SERVERS.size(), SERVERS, USERS,
                ROWS * SEATS_PER_ROW, CONCURRENCY, HTTP.version());

        if (WAITING_ROOM) {
            System.out.printf("Warm-up: %d s of trivial requests and refused holds%n", WARMUP_SECONDS);
            wrkTrivial("warm-up", WARMUP_SECONDS / 2);
            Wrk.run("warm-up", SERVERS, CONCURRENCY, WARMUP_SECONDS - WARMUP_SECONDS / 2, "refused",
                    TOKENS_FILE.toString(), showId);
            new WaitingRoomBench(SERVERS, adminToken, tokens, userIds, TOKENS_FILE, PHASE_SECONDS).run(movieId);
            return;
        }
        if (OVERLOAD) {
            System.out.printf("Warm-up: %d s of holds%n", WARMUP_SECONDS);
            wrkHolds("warm-up", WARMUP_SECONDS);
            Result capacity = wrkHolds("holds, closed loop (capacity)", PHASE_SECONDS);
            System.out.println(capacity.line());
            List<Overload.Level> levels = new Overload(SERVERS, tokens, () -> seatBody(showId,
                    1 + ThreadLocalRandom.current().nextInt(4)), Integer.getInteger("bench.overload.seconds", 30))
                    .run(capacity.rate());
            Overload.report(levels);
            System.out.printf("Seats in two active holds:         %d%n", doubleHolds());
            return;
        }
        for (int i = 1; i <= SALE_SHOWS; i++) {
            saleShows.add(scheduleShow(Instant.now().plus(2, ChronoUnit.DAYS).plus(3L * i, ChronoUnit.HOURS)));
        }
        if (SOAK) {
            new Soak(this::browseAndPurchase, SERVERS, Double.parseDouble(System.getProperty("bench.rate", "50")),
                    WARMUP_SECONDS, PHASE_SECONDS).run();
            purchaseReport(null);
            return;
        }
        if (PURCHASES_ONLY) {
            System.out.printf("Warm-up: %d s of purchases%n", WARMUP_SECONDS);
            closedLoop("warm-up", WARMUP_SECONDS, this::purchase);
            Sale sale = sale();
            System.out.println(sale.paced().line());
            purchaseReport(sale);
            return;
        }
        System.out.printf("Warm-up: %d s of holds and trivial requests%n", WARMUP_SECONDS);
        wrkHolds("warm-up", WARMUP_SECONDS / 2);
        wrkTrivial("warm-up", WARMUP_SECONDS - WARMUP_SECONDS / 2);

        List<Result> results = new ArrayList<>();
        Result ceiling = wrkTrivial("trivial GET /api/time (ceiling)", PHASE_SECONDS);
        results.add(ceiling);
        Result redis = wrkHolds("refused holds, Redis path, full show", PHASE_SECONDS);
        results.add(redis);
        Result paced = openLoop("refused holds, Redis, open loop @70%", PHASE_SECONDS, redis.rate() * 0.7);
        results.add(paced);
        Result granted = wrkGrantedHolds("granted holds, Redis path");
        results.add(granted);
        List<Result> floors = floorsOfARefusal();
        results.addAll(floors);

        if (HOLDS_ONLY) {
            System.out.println();
            results.forEach(r -> System.out.println(r.line()));
            System.out.printf("Refused holds, Redis / trivial:    %5.1f%%%n", 100 * redis.rate() / ceiling.rate());
            printShares(floors, ceiling);
            grantedShare(granted, redis);
            System.out.printf("Refusal p99 at 70%% of their rate: %5.2f ms%n", paced.p99());
            System.out.printf("Seats in two active holds:         %d%n", doubleHolds());
            return;
        }
        BenchRedis.stop();
        hold(); // the first failure moves the server to the database path
        Thread.sleep(500);
        Result database = wrkHolds("refused holds, database path, full show", PHASE_SECONDS);
        results.add(database);
        Result grantedOnDatabase = wrkGrantedHolds("granted holds, database path");
        results.add(grantedOnDatabase);
        BenchRedis.start(); // empty, as after a restart: the server writes back what PostgreSQL knows
        Thread.sleep(3000);
        closedLoop("warm-up", 30, this::purchase); // the JIT compiles the purchase path for a minute or more (profile)
        Sale sale = sale();
        results.add(sale.purchases());
        results.add(sale.paced());

        System.out.println();
        results.forEach(r -> System.out.println(r.line()));
        System.out.println();
        System.out.printf("Refused holds, Redis / trivial:    %5.1f%%%n", 100 * redis.rate() / ceiling.rate());
        printShares(floors, ceiling);
        System.out.printf("Refused holds, database / Redis:   %5.1f%%%n", 100 * database.rate() / redis.rate());
        grantedShare(granted, redis);
        System.out.printf("Granted, database / granted, Redis: %5.1f%%%n", 100 * grantedOnDatabase.ok() / grantedOnDatabase.seconds()
                / (granted.ok() / granted.seconds()));
        System.out.printf("Refusal p99 at 70%% of their rate: %5.2f ms%n", paced.p99());
        System.out.printf("Seats in two active holds:         %d%n", doubleHolds());
        purchaseReport(sale);
    }

    /** The purchase phases: the top rate (closed loop), then 70% of the purchases it completed per second (open loop). */
    private record Sale(Result purchases, long tickets, Result paced) {
    }

    private Sale sale() throws Exception {
        ticketsSold.reset();
        SaleCosts costs = SaleCosts.begin(System.getProperty("bench.db"), SERVERS);
        System.out.printf("(closed loop of purchases from %d ms", System.currentTimeMillis());
        Result purchases = closedLoop("purchases (hold, order, pay)", PHASE_SECONDS, this::purchase);
        System.out.printf(" to %d ms)%n", System.currentTimeMillis());
        long tickets = ticketsSold.sum();
        System.out.println("Closed loop of purchases (the top rate):");
        costs.report();
        // 70% of the purchases completed per second at the top rate: what the server sustains, not what it refused
        SaleCosts pacedCosts = SaleCosts.begin(System.getProperty("bench.db"), SERVERS);
        System.out.printf("(open loop of purchases from %d ms", System.currentTimeMillis()); // for samplers of CPU time
        Result paced = openLoop("purchases, open loop @70%", PHASE_SECONDS, 0.7 * purchases.ok() / purchases.seconds(),
                this::purchase);
        System.out.printf(" to %d ms)%n", System.currentTimeMillis());
        System.out.println("Open loop of purchases at 70% of the top rate:");
        pacedCosts.report();
        return new Sale(purchases, tickets, paced);
    }

    private void purchaseReport(Sale sale) throws Exception {
        if (sale != null) {
            System.out.println(sale.purchases().line());
            System.out.printf("Confirmed tickets/s:               %7.0f (%d tickets in %.0f s; whole purchase p99 %.1f ms)%n",
                    sale.tickets() / sale.purchases().seconds(), sale.tickets(), sale.purchases().seconds(),
                    sale.purchases().p99());
            System.out.printf("Purchase p99 at 70%% of the top rate: %.1f ms (open loop, %.1f purchases/s offered)%n",
                    sale.paced().p99(), sale.paced().rate());
        }
        System.out.printf("Seats sold twice:                  %d%n", count("SELECT count(*) FROM (SELECT show_id, seat_id"
                + " FROM sold_seats WHERE released_at IS NULL GROUP BY 1, 2 HAVING count(*) > 1) doubled"));
        System.out.printf("Sold seats / valid tickets:        %d / %d%n",
                count("SELECT count(*) FROM sold_seats WHERE released_at IS NULL"),
                count("SELECT count(*) FROM tickets WHERE status = 'VALID'"));
        System.out.printf("Confirmed orders / captured charges: %d / %d%n",
                count("SELECT count(*) FROM orders WHERE status = 'CONFIRMED'"),
                count("SELECT count(*) FROM sandbox_charges WHERE status = 'CAPTURED'"));
    }

    /** One customer's purchase: hold 1–4 adjacent seats of a sale show, order them, pay. */
    private int purchase() throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String token = tokens.get(tokens.size() / 2 + random.nextInt(tokens.size() - tokens.size() / 2));
        String show = purchaseShows().get(random.nextInt(purchaseShows().size()));
        int count = 1 + random.nextInt(4);
        HttpResponse<String> hold = HTTP.send(seatRequest(show, token, count), HttpResponse.BodyHandlers.ofString());
        if (hold.statusCode() != 201) {
            return hold.statusCode();
        }
        String holdId = field(hold.body(), "holdId");
        HttpResponse<String> order = HTTP.send(json("/api/orders", token, "{\"holdId\":\"" + holdId
                + "\",\"customer\":{\"name\":\"Bench\",\"email\":\"bench@example.com\"}}"),
                HttpResponse.BodyHandlers.ofString());
        if (order.statusCode() != 201) {
            return order.statusCode();
        }
        HttpResponse<String> paid = HTTP.send(json("/api/orders/" + field(order.body(), "orderId") + "/confirm-payment",
                token, "{\"paymentMethod\":\"CARD\",\"paymentToken\":\"tok_visa\"}"), HttpResponse.BodyHandlers.ofString());
        if (paid.statusCode() == 200) {
            ticketsSold.add(count);
        }
        return paid.statusCode();
    }

    /** The shows of the purchase phases: the half of the sale shows that the granted holds leave alone. */
    private List<String> purchaseShows() {
        return saleShows.subList(SALE_SHOWS / 2, SALE_SHOWS);
    }

    /** A customer looks at the seat map, then buys (the soak's unit of work). */
    private int browseAndPurchase() throws Exception {
        String show = purchaseShows().get(ThreadLocalRandom.current().nextInt(purchaseShows().size()));
        int map = HTTP.send(HttpRequest.newBuilder(URI.create(server() + "/api/shows/" + show + "/seatmap")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        return map == 200 ? purchase() : map;
    }

    private static String server() {
        return SERVERS.size() == 1 ? BASE : SERVERS.get(ThreadLocalRandom.current().nextInt(SERVERS.size()));
    }

    private static HttpRequest json(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(server() + path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String field(String json, String name) {
        return json.replaceAll(".*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    private long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.db"), "postgres", "");
             PreparedStatement query = db.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    public interface Call {
        int send() throws Exception;
    }

    private Result closedLoop(String name, int seconds, Call call) throws Exception {
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        LongAdder ok = new LongAdder();
        LongAdder conflicts = new LongAdder();
        LongAdder errors = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService workers = Executors.newFixedThreadPool(CONCURRENCY);
        long started = System.nanoTime();
        for (int i = 0; i < CONCURRENCY; i++) {
            workers.submit(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = call.send();
                    } catch (Exception e) {
                        status = 599;
                    }
                    latency.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    count(status, ok, conflicts, errors);
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double took = (System.nanoTime() - started) / 1e9;
        System.out.printf("  %s: other answers %s%n", name, otherAnswers());
        return new Result(name, ok.sum() + conflicts.sum() + errors.sum(), ok.sum(), conflicts.sum(), errors.sum(),
                took, latency);
    }

    /** Holds on the one sale show, a new connection each (the server closes it after a 409), on a fixed schedule. */
    private Result openLoop(String name, int seconds, double rate) throws Exception {
        return openLoop(name, seconds, rate, () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return OneShotHttp.post(URI.create(server()), "/api/holds", tokens.get(random.nextInt(tokens.size())),
                    seatBody(showId, 1 + random.nextInt(4)));
        });
    }

    /** Requests start on a fixed schedule whatever the answers do; latency runs from the scheduled start. */
    private Result openLoop(String name, int seconds, double rate, Call call) throws Exception {
        ConcurrentHistogram latency = new ConcurrentHistogram(3);
        LongAdder ok = new LongAdder();
        LongAdder conflicts = new LongAdder();
        LongAdder errors = new LongAdder();
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        ExecutorService clients = Executors.newFixedThreadPool(OPEN_LOOP_CONNECTIONS);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            clients.execute(() -> {
                int status;
                try {
                    status = call.send();
                } catch (Exception e) {
                    status = 599;
                }
                // from the scheduled start: waiting for a free client counts too
                latency.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
                count(status, ok, conflicts, errors);
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("open loop did not finish");
        }
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %s: other answers %s%n", name, otherAnswers());
        return new Result(name, total, ok.sum(), conflicts.sum(), errors.sum(), took, latency);
    }

    private Result wrkTrivial(String name, int seconds) throws Exception {
        return Wrk.run(name, SERVERS, CONCURRENCY, seconds, "trivial");
    }

    /**
     * What every refused hold pays before the application decides anything, measured beside it: a new connection
     * per request (the server closes it after each 409), and a signed-in request refused as soon as its body is read
     * (400: no seats), with every customer of the sale and with one customer whose verified token stays cached.
     */
    private List<Result> floorsOfARefusal() throws Exception {
        return List.of(
                Wrk.run("trivial, new connection each", SERVERS, CONCURRENCY, PHASE_SECONDS, "trivial-close"),
                Wrk.run("signed-in 400, all customers", SERVERS, CONCURRENCY, PHASE_SECONDS, "refused",
                        TOKENS_FILE.toString(), showId),
                Wrk.run("signed-in 400, one customer", SERVERS, CONCURRENCY, PHASE_SECONDS, "refused",
                        TOKENS_FILE.toString(), showId, "one"));
    }

    private static void printShares(List<Result> loads, Result ceiling) {
        loads.forEach(r -> System.out.printf("%-34s %5.1f%% of trivial%n", r.name() + ":", 100 * r.rate() / ceiling.rate()));
    }

    private Result wrkHolds(String name, int seconds) throws Exception {
        return Wrk.run(name, SERVERS, CONCURRENCY, seconds, "holds", TOKENS_FILE.toString(), showId,
                Integer.toString(ROWS), Integer.toString(SEATS_PER_ROW));
    }

    private static void count(int status, LongAdder ok, LongAdder conflicts, LongAdder errors) {
        if (status < 300) {
            ok.increment();
        } else if (status == 409) {
            conflicts.increment();
        } else {
            errors.increment();
            OTHER_ANSWERS.computeIfAbsent(status, s -> new LongAdder()).increment();
        }
    }

    /** The answers other than 2xx and 409 of the Java-driven phase that just ended, by status (599: no answer). */
    private static String otherAnswers() {
        String counted = new TreeMap<>(OTHER_ANSWERS).toString();
        OTHER_ANSWERS.clear();
        return counted;
    }

    /**
     * A hold of 1–4 seats of one of the large sale shows, released as soon as it is granted, so that the shows
     * never fill and nearly every hold is granted: what a granted hold costs (two requests: hold and release).
     */
    /**
     * Holds that are granted: 1–4 adjacent seats of one of 60 sale shows of 1,000 seats each, which the two phases
     * do not fill, so most holds are granted; a 409 is a seat already held or the customer's hold limit. Their
     * customers and shows are not those of the purchases: the holds last five minutes.
     */
    private Result wrkGrantedHolds(String name) throws Exception {
        return Wrk.run(name, SERVERS, CONCURRENCY, PHASE_SECONDS, "holds", GRANTED_TOKENS_FILE.toString(),
                String.join(",", saleShows.subList(0, SALE_SHOWS / 2)),
                Integer.toString(ROWS), Integer.toString(SEATS_PER_ROW));
    }

    /** Granted holds per second against the refusals per second of the filled show, each from its own phase. */
    private static void grantedShare(Result granted, Result refused) {
        System.out.printf("Granted holds/s / refused holds/s: %5.1f%% (%.0f granted/s, %.0f refused/s)%n",
                100 * (granted.ok() / granted.seconds()) / (refused.conflicts() / refused.seconds()),
                granted.ok() / granted.seconds(), refused.conflicts() / refused.seconds());
    }

    private int hold() throws Exception {
        return HTTP.send(holdRequest(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest holdRequest() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return seatRequest(showId, tokens.get(random.nextInt(tokens.size())), 1 + random.nextInt(4));
    }

    private static HttpRequest seatRequest(String show, String token, int count) {
        return json("/api/holds", token, seatBody(show, count));
    }

    /** 1–4 adjacent seats of a random row. */
    private static String seatBody(String show, int count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int row = random.nextInt(ROWS);
        int first = 1 + random.nextInt(SEATS_PER_ROW - count + 1);
        StringBuilder seats = new StringBuilder();
        for (int n = first; n < first + count; n++) {
            seats.append(seats.length() == 0 ? "" : ",").append('"').append(label(row)).append(n).append('"');
        }
        return "{\"showId\":\"" + show + "\",\"seatIds\":[" + seats + "]}";
    }

    private static String label(int row) {
        return row < 26 ? String.valueOf((char) ('A' + row)) : "A" + (char) ('A' + row - 26);
    }

    private void awaitServer() throws Exception {
        for (String server : SERVERS) {
            awaitServer(server);
        }
    }

    private static void awaitServer(String server) throws Exception {
        for (int i = 0; i < 120; i++) {
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(server + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("server at " + server + " not ready");
    }

    /** Users straight into the database (hashing 5,000 passwords is not what is measured), tokens minted. */
    private void createUsers() throws Exception {
        String key = Files.readString(Path.of(System.getProperty("bench.key")));
        PrivateKey signingKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(key.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""))));
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.db"), "postgres", "");
             PreparedStatement user = db.prepareStatement("INSERT INTO users (user_id, email, password_hash, name)"
                     + " VALUES (?, ?, 'none', 'Bench')");
             PreparedStatement role = db.prepareStatement("INSERT INTO user_roles (user_id, role) VALUES (?, 'user')")) {
            db.setAutoCommit(false);
            for (int i = 0; i < USERS; i++) {
                UUID id = UUID.randomUUID();
                user.setObject(1, id);
                user.setString(2, "bench-" + id + "@example.com");
                user.addBatch();
                role.setObject(1, id);
                role.addBatch();
                userIds.add(id);
            }
            user.executeBatch();
            role.executeBatch();
            db.commit();
        }
        // signing is the slow part (50,000 customers for the waiting room): on every core
        tokens.addAll(userIds.parallelStream().map(id -> token(signingKey, id)).toList());
        Files.write(TOKENS_FILE, tokens);
        Files.write(GRANTED_TOKENS_FILE, tokens.subList(0, tokens.size() / 2));
    }

    private static String token(PrivateKey key, UUID userId) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://boxoffice.local");
        claims.setAudience("boxoffice");
        claims.setSubject(userId.toString());
        claims.setClaim("upn", "bench-" + userId + "@example.com");
        claims.setStringListClaim("groups", "user");
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(2, ChronoUnit.HOURS).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private String createShow() throws Exception {
        adminToken = login();
        String admin = adminToken;
        String movie = post("/api/admin/movies", admin, "{\"title\": \"Flash Sale\", \"durationMins\": 150,"
                + " \"language\": \"Hindi\", \"format\": \"IMAX 2D\", \"genres\": [\"Action\"]}", "movieId");
        String theatre = post("/api/admin/theatres", admin, "{\"name\": \"Bench Arena " + UUID.randomUUID()
                + "\", \"address\": \"1 Bench Road\", \"city\": \"Benchpur\", \"geoLat\": 12.9, \"geoLng\": 77.6,"
                + " \"screens\": [{\"name\": \"Arena\", \"layout\": {\"blocks\": [{\"rows\": \"A-AN\", \"seats\": \"1-"
                + SEATS_PER_ROW + "\", \"category\": \"CLASSIC\"}]}}]}", "theatreId");
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/theatres/" + theatre)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        screenId = body.replaceAll(".*\"screenId\":\"([^\"]+)\".*", "$1");
        movieId = movie;
        return scheduleShow(Instant.now().plus(2, ChronoUnit.DAYS));
    }

    private String scheduleShow(Instant start) throws Exception {
        return post("/api/admin/shows", adminToken, "{\"movieId\": \"" + movieId + "\", \"screenId\": \"" + screenId
                + "\", \"startTime\": \"" + start.truncatedTo(ChronoUnit.SECONDS) + "\", \"prices\": {\"CLASSIC\": 250}}",
                "showId");
    }

    private static String login() throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\": \"admin@boxoffice.local\", \"password\": \"admin12345\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    private static String post(String path, String token, String json, String idField) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().replaceAll(".*\"" + idField + "\":\"([^\"]+)\".*", "$1");
    }

    private long doubleHolds() throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("bench.db"), "postgres", "");
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM (SELECT seat FROM holds,"
                     + " unnest(seat_ids) AS seat WHERE show_id = ? AND status = 'ACTIVE' AND expires_at > now()"
                     + " GROUP BY seat HAVING count(*) > 1) doubled")) {
            query.setObject(1, UUID.fromString(showId));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
