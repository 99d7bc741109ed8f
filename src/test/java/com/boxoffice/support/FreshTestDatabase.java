package com.boxoffice.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import redis.clients.jedis.Jedis;

/**
 * Before the integration tests start the server: drops their database so that every run begins from an
 * empty one (the application creates and migrates it on deployment), empties Redis to match (what an earlier
 * run left there — seat keys, the shows' sold sets — would otherwise speak for a database that is gone: the
 * demo shows have the same ids in every run; the suite's outage tests flush it too), opens the Redis proxy
 * through which the test server reaches Redis, and starts the SMTP server it mails to. Only acts when the
 * build names an integration-test database, and refuses any other database than one whose name ends in
 * {@code _test}.
 */
public class FreshTestDatabase implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String url = System.getProperty("it.db.url");
        if (url == null) {
            return;
        }
        RedisProxy.start(Integer.getInteger("it.redis.proxy.port", 16379), Integer.getInteger("it.redis.port", 6379));
        Mailbox.start();
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        if (!name.matches("[a-z0-9_]+_test")) {
            throw new IllegalStateException("Refusing to drop a database that is not a test database: " + name);
        }
        String maintenance = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(maintenance, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the test database " + name, e);
        }
        try (Jedis redis = new Jedis("127.0.0.1", Integer.getInteger("it.redis.port", 6379))) {
            redis.flushAll();
        }
    }
}
