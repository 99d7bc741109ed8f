package com.boxoffice.bench;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * Demand beyond capacity (bench/flash-sale.sh with BENCH_ONLY=overload): the hold endpoint's closed-loop capacity
 * is measured with wrk, then holds are offered in an open loop at 1×, 2× and 3× that rate, each request on a
 * connection of its own, with a 5 s client timeout. Counted apart: answers with their real result (201, 409)
 * within 1 s (goodput), real results later than that, fast refusals (503), client timeouts and errors; latency
 * runs from each request's scheduled start, so queueing inside the server cannot hide.
 */
final class Overload {

    private static final int CLIENT_TIMEOUT_MILLIS = 5_000;
    private static final long GOOD_MICROS = 1_000_000;
    private static final int CONNECTIONS = 1_024;

    private final List<String> servers;
    private final List<String> tokens;
    private final Supplier<String> holdBody;
    private final int seconds;

    Overload(List<String> servers, List<String> tokens, Supplier<String> holdBody, int seconds) {
        this.servers = servers;
        this.tokens = tokens;
        this.holdBody = holdBody;
        this.seconds = seconds;
    }

    /** One load level's outcome; {@code errorKinds} counts the errors by status or exception. */
    record Level(String name, double offered, double seconds, long good, long late, long shed, long timeouts,
                 long errors, double realP99, double shedP99, double clientLagP99, Map<String, Long> errorKinds) {

        double goodput() {
            return good / seconds;
        }

        String line() {
            return String.format("%-10s offered %6.0f/s  goodput %6.0f/s  late %6d  shed %7d  timeouts %6d  errors %5d"
                    + "  p99 real %8.1f ms  p99 shed %7.1f ms  p99 client lag %6.1f ms%s", name, offered, goodput(), late,
                    shed, timeouts, errors, realP99, shedP99, clientLagP99, errorKinds.isEmpty() ? "" : "  " + errorKinds);
        }
    }

    List<Level> run(double capacity) throws Exception {
        List<Level> levels = new ArrayList<>();
        // the floor of this measurement: the same open loop on the trivial endpoint (no work, never shed)
        levels.add(level("trivial 1x", capacity, true));
        Thread.sleep(3_000);
        levels.add(level("trivial 3x", capacity * 3, true));
        Thread.sleep(3_000);
        for (int times = 1; times <= 3; times++) {
            levels.add(level(times + "x", capacity * times, false));
            Thread.sleep(3_000); // what a level left queued drains before the next starts
        }
        return levels;
    }

    private Level level(String name, double rate, boolean trivial) throws Exception {
        ConcurrentHistogram real = new ConcurrentHistogram(3);
        ConcurrentHistogram shedLatency = new ConcurrentHistogram(3);
        LongAdder good = new LongAdder();
        LongAdder late = new LongAdder();
        LongAdder shed = new LongAdder();
        LongAdder timeouts = new LongAdder();
        LongAdder errors = new LongAdder();
        Map<String, LongAdder> kinds = new ConcurrentHashMap<>();
        ConcurrentHistogram clientLag = new ConcurrentHistogram(3);
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * seconds);
        ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            String token = tokens.get(random.nextInt(tokens.size()));
            String body = holdBody.get();
            URI server = URI.create(servers.get(random.nextInt(servers.size())));
            clients.execute(() -> {
                clientLag.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000)); // the generator's own delay
                int status;
                try {
                    status = trivial ? OneShotHttp.send(server, "GET", "/api/time", null, null, CLIENT_TIMEOUT_MILLIS)
                            : OneShotHttp.post(server, "/api/holds", token, body, CLIENT_TIMEOUT_MILLIS);
                } catch (SocketTimeoutException e) {
                    timeouts.increment();
                    return;
                } catch (Exception e) {
                    errors.increment();
                    kinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                    return;
                }
                long micros = Math.max(1, (System.nanoTime() - scheduled) / 1000);
                if (micros > CLIENT_TIMEOUT_MILLIS * 1000L) {
                    timeouts.increment(); // answered, but after the client would have given up
                } else if (status == 503) {
                    shed.increment();
                    shedLatency.recordValue(micros);
                } else if (status == 201 || status == 409 || (trivial && status == 200)) {
                    real.recordValue(micros);
                    (micros <= GOOD_MICROS ? good : late).increment();
                } else {
                    errors.increment();
                    kinds.computeIfAbsent(Integer.toString(status), k -> new LongAdder()).increment();
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the open loop did not finish");
        }
        double took = total / rate;
        return new Level(name, rate, took, good.sum(), late.sum(), shed.sum(), timeouts.sum(), errors.sum(),
                real.getTotalCount() == 0 ? 0 : real.getValueAtPercentile(99) / 1000.0,
                shedLatency.getTotalCount() == 0 ? 0 : shedLatency.getValueAtPercentile(99) / 1000.0,
                clientLag.getValueAtPercentile(99) / 1000.0,
                new TreeMap<>(kinds.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum()))));
    }

    static void report(List<Level> all) {
        all.forEach(level -> System.out.println(level.line()));
        List<Level> levels = all.stream().filter(level -> !level.name().startsWith("trivial")).toList();
        Level one = levels.get(0);
        Level three = levels.get(levels.size() - 1);
        System.out.printf("Goodput at 3x / at 1x:             %5.1f%%  (target >= 90%%)%n",
                100 * three.goodput() / Math.max(1e-9, one.goodput()));
        System.out.printf("p99 of real answers at 3x:         %7.1f ms (target < 100 ms)%n", three.realP99());
        System.out.printf("p99 of 503s at 3x:                 %7.1f ms (target < 20 ms)%n", three.shedP99());
        System.out.printf("Client timeouts (5 s), all levels: %d%n", levels.stream().mapToLong(Level::timeouts).sum());
    }
}
