package com.boxoffice.support;

import static org.junit.jupiter.api.Assertions.fail;

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
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (backend.equals(current())) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("seat locks did not move to " + backend + ": " + Api.get("/health/ready").body());
    }
}
