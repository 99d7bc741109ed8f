package com.boxoffice.bench;

import java.io.IOException;

/**
 * The benchmark's own Redis (bench/flash-sale.sh starts it on BENCH_REDIS_PORT, 16380): stopping it is how the
 * database phase takes Redis away, and it comes back empty, as Redis does after a restart without persistence.
 * The server talks to it directly, with no relay in between to add its own cost to every seat lock.
 */
final class BenchRedis {

    private static final String PORT = System.getProperty("bench.redis.port", "16380");

    private BenchRedis() {
    }

    static void stop() throws IOException, InterruptedException {
        run("redis-cli", "-h", "127.0.0.1", "-p", PORT, "shutdown", "nosave");
    }

    static void start() throws IOException, InterruptedException {
        run("redis-server", "--bind", "127.0.0.1", "--port", PORT, "--daemonize", "yes", "--save", "", "--appendonly", "no");
        for (int i = 0; i < 50; i++) {
            if (run("redis-cli", "-h", "127.0.0.1", "-p", PORT, "ping") == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the benchmark's Redis did not come back on port " + PORT);
    }

    /** A connection to it, for reading what the service keeps there. */
    static redis.clients.jedis.Jedis connect() {
        return new redis.clients.jedis.Jedis("127.0.0.1", Integer.parseInt(PORT));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
