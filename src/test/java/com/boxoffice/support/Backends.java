package com.boxoffice.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Puts the test server's seat locks on Redis or, by cutting Redis off, on PostgreSQL. */
public final class Backends {

    private Backends() {
    }

    public static void useRedis() {
        RedisProxy.restore();
        awaitBackend("REDIS");
    }

    /** Cuts Redis off; the server notices on its next Redis call and moves to PostgreSQL. */
    public static void useDatabase() {
        RedisProxy.cut();
        Api.get("/api/shows/" + Shows.anyDemoShow() + "/seatmap"); // a Redis call that fails over
        awaitBackend("DATABASE");
    }

    public static String current() {
        String body = Api.get("/health/ready").body();
        return body.contains("\"backend\":\"DATABASE\"") ? "DATABASE" : body.contains("\"backend\":\"REDIS\"") ? "REDIS" : "?";
    }

    public static void awaitBackend(String backend) {
        await("seat locks on " + backend).atMost(Duration.ofSeconds(15)).until(() -> backend.equals(current()));
    }
}
