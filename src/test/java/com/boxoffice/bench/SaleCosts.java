package com.boxoffice.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a phase of purchases asked of PostgreSQL and how late its confirmation emails went out. The servers send
 * their mail to a real SMTP server in this JVM (GreenMail, emptied every few seconds). Transactions are counted by
 * {@code pg_stat_database} over the phase and until the last email of it was marked sent, everything included
 * (refused attempts, the periodic tasks), less the sandbox provider's own books (the servers count those), and
 * divided by the orders the phase confirmed. Statements come from {@code pg_stat_statements} when it is loaded.
 */
final class SaleCosts {

    /** PostgreSQL reports a backend's counts when it goes idle, at the latest after ten seconds. */
    private static final Duration REPORTED = Duration.ofSeconds(11);
    private static final Pattern SANDBOX = Pattern.compile("(?m)^sandbox_ledger_transactions_total\\{[^}]*\\} ([0-9.E]+)$");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String db;
    private final List<String> servers;
    private final Instant from;
    private final long transactions;
    private final long statements;
    private final long sandbox;

    private SaleCosts(String db, List<String> servers) throws Exception {
        this.db = db;
        this.servers = servers;
        this.from = Instant.now();
        this.transactions = transactions();
        this.statements = statements();
        this.sandbox = sandboxTransactions();
    }

    /** The SMTP server the benchmark's servers send to ({@code bench.smtp.port}), until the driver exits. */
    static void startMailSink() {
        GreenMail mail = new GreenMail(new ServerSetup(Integer.getInteger("bench.smtp.port", 3925), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        mail.start();
        ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "mail purge");
            thread.setDaemon(true);
            return thread;
        });
        purge.scheduleAtFixedRate(() -> {
            try {
                mail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                // next time
            }
        }, 5, 5, TimeUnit.SECONDS);
    }

    static SaleCosts begin(String db, List<String> servers) throws Exception {
        return new SaleCosts(db, servers);
    }

    /** After the phase: waits for its emails (at most a minute), then prints what it cost. */
    void report() throws Exception {
        Instant to = Instant.now();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (unsent(to) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Thread.sleep(REPORTED.toMillis());
        long confirmed = one("SELECT count(*) FROM orders WHERE confirmed_at >= ? AND confirmed_at < ?", to);
        long sandboxSpent = sandboxTransactions() - sandbox;
        long spent = transactions() - transactions - sandboxSpent;
        System.out.printf("PostgreSQL transactions/purchase:  %7.2f (%d confirmed orders; the sandbox provider's own %.2f"
                + " left out)%n", spent / (double) confirmed, confirmed, sandboxSpent / (double) confirmed);
        long now = statements();
        if (now < 0) {
            System.out.println("PostgreSQL statements/purchase:       - (pg_stat_statements is not loaded)");
        } else {
            System.out.printf("PostgreSQL statements/purchase:    %7.2f (sandbox included)%n", (now - statements) / (double) confirmed);
        }
        try (Connection connection = DriverManager.getConnection(db, "postgres", "");
             PreparedStatement lags = connection.prepareStatement("SELECT count(*), count(n.sent_at),"
                     + " percentile_cont(0.5) WITHIN GROUP (ORDER BY coalesce(extract(epoch FROM n.sent_at - o.confirmed_at), 1e9)),"
                     + " percentile_cont(0.99) WITHIN GROUP (ORDER BY coalesce(extract(epoch FROM n.sent_at - o.confirmed_at), 1e9)),"
                     + " avg((n.sent_at - o.confirmed_at <= interval '5 seconds')::int)"
                     + " FROM notifications n JOIN orders o ON o.order_id = n.order_id WHERE n.kind = 'ORDER_CONFIRMED'"
                     + " AND o.confirmed_at >= ? AND o.confirmed_at < ?")) {
            lags.setTimestamp(1, Timestamp.from(from));
            lags.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = lags.executeQuery()) {
                row.next();
                System.out.printf("Email lag (sent - confirmed):      p50 %.2f s, p99 %.2f s; %.1f%% within 5 s (%d of %d sent)%n",
                        row.getDouble(3), row.getDouble(4), 100 * row.getDouble(5), row.getLong(2), row.getLong(1));
            }
        }
    }

    private long unsent(Instant to) throws SQLException {
        return one("SELECT count(*) FROM notifications n JOIN orders o ON o.order_id = n.order_id WHERE n.status IN"
                + " ('PENDING', 'QUEUED') AND o.confirmed_at >= ? AND o.confirmed_at < ?", to);
    }

    private long one(String sql, Instant to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db, "postgres", "");
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(from));
            query.setTimestamp(2, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private long transactions() throws SQLException {
        try (Connection connection = DriverManager.getConnection(db, "postgres", "");
             ResultSet row = connection.createStatement().executeQuery("SELECT xact_commit + xact_rollback"
                     + " FROM pg_stat_database WHERE datname = current_database()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** -1 when pg_stat_statements is not loaded. */
    private long statements() {
        try (Connection connection = DriverManager.getConnection(db, "postgres", "");
             ResultSet row = connection.createStatement().executeQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements"
                     + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private long sandboxTransactions() throws Exception {
        long sum = 0;
        for (String server : servers) {
            String metrics = HTTP.send(HttpRequest.newBuilder(URI.create(server + "/metrics?scope=application")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher counter = SANDBOX.matcher(metrics);
            sum += counter.find() ? (long) Double.parseDouble(counter.group(1)) : 0;
        }
        return sum;
    }
}
