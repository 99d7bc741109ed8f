package com.boxoffice.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.ConcurrentHistogram;

/**
 * A long run at a steady rate (open loop: work starts on schedule whatever the server does), sampling each
 * server's heap and database connection pool from /metrics. It passes when no request failed, the heap's
 * low points (what survives collections) did not climb, and the pool never ran dry and is idle at the end.
 */
final class Soak {

    private static final HttpClient METRICS = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int SAMPLE_SECONDS = 10;

    private final FlashSale.Call work;
    private final List<String> servers;
    private final double rate;
    private final int warmupSeconds;
    private final int seconds;
    private final LongAdder done = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final ConcurrentHistogram latency = new ConcurrentHistogram(3);

    Soak(FlashSale.Call work, List<String> servers, double rate, int warmupSeconds, int seconds) {
        this.work = work;
        this.servers = servers;
        this.rate = rate;
        this.warmupSeconds = warmupSeconds;
        this.seconds = seconds;
    }

    record Sample(long second, double heapMb, double inUse, double managed, double waitSeconds) {
    }

    void run() throws Exception {
        System.out.printf("Soak: %.0f purchases/s (seat map, hold, order, pay) for %d s after %d s of warm-up, %d server(s)%n",
                rate, seconds, warmupSeconds, servers.size());
        paced(warmupSeconds, false);
        done.reset();
        failed.reset();
        List<List<Sample>> samples = new ArrayList<>();
        servers.forEach(s -> samples.add(new ArrayList<>()));
        long start = System.nanoTime();
        Thread sampler = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    long second = (System.nanoTime() - start) / 1_000_000_000L;
                    for (int i = 0; i < servers.size(); i++) {
                        Sample sample = sample(servers.get(i), second);
                        samples.get(i).add(sample);
                        System.out.printf("  t=%4d s  %s  heap %6.0f MB  connections in use %3.0f of %3.0f  waited %5.1f s"
                                        + "  purchases %7d  failed %d%n", second, servers.get(i), sample.heapMb(),
                                sample.inUse(), sample.managed(), sample.waitSeconds(), done.sum(), failed.sum());
                    }
                    Thread.sleep(SAMPLE_SECONDS * 1000L);
                }
            } catch (InterruptedException e) {
                // the run is over
            } catch (Exception e) {
                System.out.println("  sampling failed: " + e);
            }
        }, "soak-sampler");
        sampler.setDaemon(true);
        sampler.start();
        paced(seconds, true);
        sampler.interrupt();
        sampler.join();
        Thread.sleep(3000);

        boolean pass = failed.sum() == 0;
        System.out.printf("%nPurchases %d (%.1f/s), failed %d, whole purchase p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                done.sum(), done.sum() / (double) seconds, failed.sum(), ms(50), ms(99), latency.getMaxValue() / 1000.0);
        for (int i = 0; i < servers.size(); i++) {
            List<Sample> run = samples.get(i);
            Sample after = sample(servers.get(i), seconds);
            double early = lowestHeap(run, 0, 120);
            double late = lowestHeap(run, seconds - 120, seconds);
            double peakInUse = run.stream().mapToDouble(Sample::inUse).max().orElse(0);
            double maxManaged = run.stream().mapToDouble(Sample::managed).max().orElse(0);
            boolean heapFlat = late <= early * 1.25 + 32;
            boolean poolFine = after.inUse() <= 1 && peakInUse < maxManaged + 1 && run.get(run.size() - 1).waitSeconds()
                    - run.get(0).waitSeconds() < 1;
            System.out.printf("%s: heap low point first 2 min %.0f MB, last 2 min %.0f MB (%s); connections in use peak %.0f"
                            + " of %.0f, after the run %.0f, pool waits during the run %.1f s (%s)%n", servers.get(i), early,
                    late, heapFlat ? "flat" : "GROWING", peakInUse, maxManaged, after.inUse(),
                    run.get(run.size() - 1).waitSeconds() - run.get(0).waitSeconds(), poolFine ? "fine" : "EXHAUSTED OR LEAKING");
            pass &= heapFlat && poolFine;
        }
        System.out.println(pass ? "SOAK PASS" : "SOAK FAIL");
    }

    /** Starts one unit of work every 1/rate seconds; latency counts from the scheduled start. */
    private void paced(int runSeconds, boolean record) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(64);
        long interval = (long) (1e9 / rate);
        long total = (long) (rate * runSeconds);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            workers.submit(() -> {
                int status;
                try {
                    status = work.send();
                } catch (Exception e) {
                    status = 599;
                }
                if (record) {
                    latency.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1000));
                    // 409: the seats went to someone else first, which a sale is made of; not a failure
                    if (status < 300 || status == 409) {
                        done.increment();
                    } else {
                        failed.increment();
                    }
                }
                return null;
            });
        }
        workers.shutdown();
        workers.awaitTermination(120, TimeUnit.SECONDS);
    }

    private static Sample sample(String server, long second) throws Exception {
        String text = METRICS.send(HttpRequest.newBuilder(URI.create(server + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Sample(second, metric(text, "memory_usedHeap_bytes\\{mp_scope=\"base\",?\\}") / 1_048_576,
                metric(text, "connectionpool_connectionHandles\\{datasource=\"jdbc_boxoffice\",mp_scope=\"vendor\",?\\}"),
                metric(text, "connectionpool_managedConnections\\{datasource=\"jdbc_boxoffice\",mp_scope=\"vendor\",?\\}"),
                metric(text, "connectionpool_waitTime_total_seconds\\{datasource=\"jdbc_boxoffice\",mp_scope=\"vendor\",?\\}"));
    }

    private static double metric(String text, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + " ([0-9.E+-]+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    private static double lowestHeap(List<Sample> run, long from, long to) {
        return run.stream().filter(s -> s.second() >= from && s.second() <= to).mapToDouble(Sample::heapMb).min().orElse(-1);
    }

    private double ms(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }
}
