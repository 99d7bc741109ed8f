package com.boxoffice.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Another Liberty server of the app beside the Arquillian one, for tests that stop it, kill it or need
 * settings of their own: same runtime, configuration and database, its own ports and messaging engine.
 */
public final class SecondServer {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final int port;
    private final Map<String, String> settings = new HashMap<>();
    private final Path wlp = Path.of(System.getProperty("it.wlp.home"));

    /** @param offset added to the usual ports, so that several second servers never collide */
    public SecondServer(String name, int offset, Map<String, String> extraSettings) throws IOException {
        this.name = name;
        this.port = 9180 + offset;
        settings.put("BOXOFFICE_HTTP_PORT", Integer.toString(port));
        settings.put("BOXOFFICE_HTTPS_PORT", Integer.toString(9543 + offset));
        settings.put("BOXOFFICE_MESSAGING_PORT", Integer.toString(7296 + offset));
        settings.put("BOXOFFICE_DB_URL", System.getProperty("it.db.url"));
        settings.put("BOXOFFICE_REDIS_URL", "redis://127.0.0.1:6379");
        settings.put("BOXOFFICE_SMTP_HOST", "127.0.0.1");
        settings.put("BOXOFFICE_SMTP_PORT", System.getProperty("it.smtp.port", "3025"));
        settings.put("BOXOFFICE_AUTH_RATE_LIMIT", "0");
        settings.put("BOXOFFICE_HOLD_RATE_LIMIT", "0");
        settings.put("BOXOFFICE_SAMPLE_DATA", "true");
        settings.put("BOXOFFICE_PUBLIC_URL", baseUrl());
        settings.putAll(extraSettings);
        Path source = Path.of(System.getProperty("it.server.dir"));
        Path server = wlp.resolve("usr/servers/" + name);
        deleteTree(server);
        for (String entry : List.of("server.xml", "jvm.options", "server.env", "lib", "configDropins")) {
            copyTree(source.resolve(entry), server.resolve(entry));
        }
        Files.createDirectories(server.resolve("dropins"));
        Files.copy(Path.of(System.getProperty("it.war")), server.resolve("dropins/boxoffice.war"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Its waits leave other threads' exceptions alone: a killed server breaks the mail server's connections. */
    public void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name, "--clean");
        builder.environment().putAll(settings);
        assertEquals(0, builder.inheritIO().start().waitFor(), "server start");
        await(name + " ready").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .ignoreException(IOException.class)
                .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    }

    /** Starts the server and does not wait for it to become ready (it may refuse to). */
    public void startWithoutWaiting() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name, "--clean");
        builder.environment().putAll(settings);
        assertEquals(0, builder.inheritIO().start().waitFor(), "server start");
    }

    public Path logFile() {
        return wlp.resolve("usr/servers/" + name + "/logs/messages.log");
    }

    public void stop() throws Exception {
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
    }

    /** {@code kill -9}: no shutdown of any kind. */
    public void kill() throws Exception {
        String pids = new String(new ProcessBuilder("pgrep", "-f", "ws-server.jar " + name).start().getInputStream()
                .readAllBytes()).trim();
        assertTrue(!pids.isEmpty(), "server process");
        for (String pid : pids.split("\\s+")) {
            new ProcessBuilder("kill", "-9", pid).start().waitFor();
        }
        await(name + " gone").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10))
                .until(() -> new ProcessBuilder("pgrep", "-f", "ws-server.jar " + name).start().waitFor() != 0);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
