package com.boxoffice.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import redis.clients.jedis.Jedis;

/**
 * Redis servers of a test's own (Debian's redis-server, also in its sentinel mode), on ports of the test's,
 * with their files in a temporary directory: a three-master Cluster, or a master, a replica and three
 * sentinels. Killed (SIGKILL) one at a time on purpose, all at close.
 */
public final class RedisServers implements AutoCloseable {

    public static final String SENTINEL_MASTER = "boxoffice";

    private final Path dir;
    private final Map<Integer, Process> processes = new LinkedHashMap<>();

    public RedisServers(String name) throws IOException {
        dir = Files.createTempDirectory("boxoffice-redis-" + name);
    }

    /** Three masters sharing the 16,384 slots, no replicas. */
    public static RedisServers cluster(int firstPort) throws Exception {
        RedisServers servers = new RedisServers("cluster");
        List<String> nodes = new ArrayList<>();
        for (int port = firstPort; port < firstPort + 3; port++) {
            servers.server(port, clusterNode(port));
            nodes.add("127.0.0.1:" + port);
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        create.addAll(nodes);
        create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        Process creating = new ProcessBuilder(create).redirectErrorStream(true)
                .redirectOutput(servers.dir.resolve("create.log").toFile()).start();
        if (!creating.waitFor(60, TimeUnit.SECONDS) || creating.exitValue() != 0) {
            throw new IllegalStateException("redis-cli --cluster create failed: " + Files.readString(servers.dir.resolve("create.log")));
        }
        for (int port = firstPort; port < firstPort + 3; port++) {
            awaitClusterOk(port);
        }
        return servers;
    }

    /** A cluster node's settings; its node file stays in the directory, so a restarted node rejoins. */
    public static String[] clusterNode(int port) {
        return new String[] {"cluster-enabled yes", "cluster-config-file nodes-" + port + ".conf", "cluster-node-timeout 2000"};
    }

    public static void awaitClusterOk(int port) {
        await("cluster state ok on " + port).atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                return jedis.clusterInfo().contains("cluster_state:ok");
            }
        });
    }

    /**
     * A master, a replica of it and three sentinels watching the master ({@link #SENTINEL_MASTER}), quick to
     * declare it down.
     */
    public static RedisServers sentinel(int masterPort, int replicaPort, int firstSentinelPort) throws Exception {
        RedisServers servers = new RedisServers("sentinel");
        servers.server(masterPort);
        servers.server(replicaPort, "replicaof 127.0.0.1 " + masterPort, "repl-timeout 5");
        await("replica in sync").atMost(Duration.ofSeconds(30)).until(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", replicaPort)) {
                return jedis.info("replication").contains("master_link_status:up");
            }
        });
        for (int port = firstSentinelPort; port < firstSentinelPort + 3; port++) {
            servers.sentinelProcess(port, masterPort);
        }
        await("sentinels see the replica").atMost(Duration.ofSeconds(30)).until(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", firstSentinelPort)) {
                return jedis.sentinelReplicas(SENTINEL_MASTER).size() == 1
                        && jedis.sentinelSentinels(SENTINEL_MASTER).size() == 2;
            }
        });
        return servers;
    }

    public void server(int port, String... config) throws Exception {
        List<String> lines = new ArrayList<>(List.of("port " + port, "bind 127.0.0.1", "save \"\"", "appendonly no",
                "dir " + dir, "logfile " + dir.resolve("redis-" + port + ".log")));
        lines.addAll(List.of(config));
        Path conf = dir.resolve("redis-" + port + ".conf");
        Files.write(conf, lines);
        launch(port, List.of("redis-server", conf.toString()));
    }

    private void sentinelProcess(int port, int masterPort) throws Exception {
        Path conf = dir.resolve("sentinel-" + port + ".conf"); // a sentinel rewrites its file: one each
        Files.write(conf, List.of("port " + port, "bind 127.0.0.1", "dir " + dir,
                "logfile " + dir.resolve("sentinel-" + port + ".log"),
                "sentinel monitor " + SENTINEL_MASTER + " 127.0.0.1 " + masterPort + " 2",
                "sentinel down-after-milliseconds " + SENTINEL_MASTER + " 1000",
                "sentinel failover-timeout " + SENTINEL_MASTER + " 5000",
                "sentinel parallel-syncs " + SENTINEL_MASTER + " 1"));
        launch(port, List.of("redis-server", conf.toString(), "--sentinel"));
    }

    private void launch(int port, List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out-" + port + ".log").toFile()).start();
        processes.put(port, process);
        await("redis on " + port).atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", port)) {
                return "PONG".equals(jedis.ping());
            }
        });
    }

    /** The master the sentinels name now ("host:port"). */
    public static String masterOf(int sentinelPort) {
        try (Jedis jedis = new Jedis("127.0.0.1", sentinelPort)) {
            List<String> address = jedis.sentinelGetMasterAddrByName(SENTINEL_MASTER);
            return address.get(0) + ":" + address.get(1);
        }
    }

    /** SIGKILL: no shutdown, nothing flushed to anyone. */
    public void kill(int port) throws InterruptedException {
        Process process = processes.remove(port);
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Keys matching {@code pattern} on one server (a Cluster node holds those of its own slots only). */
    public static long keysOn(int port, String pattern) {
        try (Jedis jedis = new Jedis("127.0.0.1", port)) {
            return jedis.keys(pattern).size();
        }
    }

    @Override
    public void close() throws Exception {
        for (int port : new ArrayList<>(processes.keySet())) {
            kill(port);
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
