package com.boxoffice.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh shows for tests that hold seats: each on a screen of its own, so tests never share seats. */
public final class Shows {

    /** Rows A–J: seats 1–10 CLASSIC (₹150); row K: 1–10 PRIME (₹300). */
    public static final String LAYOUT = "{\"blocks\": [{\"rows\": \"A-J\", \"seats\": \"1-10\", \"category\": \"CLASSIC\"},"
            + " {\"rows\": \"K\", \"seats\": \"1-10\", \"category\": \"PRIME\"}]}";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Shows() {
    }

    /** Some upcoming demo show. */
    public static String anyDemoShow() {
        String movie = Api.get("/api/movies?size=1&language=hindi").object().getJsonArray("items").getJsonObject(0)
                .getString("movieId");
        return Api.get("/api/movies/" + movie + "/shows").array().getJsonObject(0).getString("showId");
    }

    public static String fresh() {
        return fresh(Instant.now().plus(3, ChronoUnit.DAYS));
    }

    public static String fresh(Instant start) {
        return fresh(start, true);
    }

    /** A show at a theatre that does (or does not) let customers cancel. */
    public static String fresh(Instant start, boolean cancellable) {
        Users.SignedIn admin = Users.admin();
        String movie = Users.as(admin, "POST", "/api/admin/movies", "{\"title\": \"Hold Test " + COUNTER.incrementAndGet()
                + "\", \"durationMins\": 90, \"language\": \"Testlandic\", \"format\": \"2D\", \"genres\": [\"Drama\"]}")
                .object().getString("movieId");
        Api.Reply theatre = Users.as(admin, "POST", "/api/admin/theatres", "{\"name\": \"Hold Test Theatre "
                + UUID.randomUUID() + "\", \"address\": \"1 Test Road\", \"city\": \"Testpur\", \"geoLat\": 12.5,"
                + " \"geoLng\": 77.5, \"cancellationAvailable\": " + cancellable + ", \"screens\": [{\"name\": \"Screen\", \"layout\": " + LAYOUT + "}]}");
        assertEquals(201, theatre.status(), theatre.body());
        String screen = theatre.object().getJsonArray("screens").getJsonObject(0).getString("screenId");
        Api.Reply show = Users.as(admin, "POST", "/api/admin/shows", "{\"movieId\": \"" + movie + "\", \"screenId\": \""
                + screen + "\", \"startTime\": \"" + start.truncatedTo(ChronoUnit.SECONDS)
                + "\", \"prices\": {\"CLASSIC\": 150, \"PRIME\": 300}}");
        assertEquals(201, show.status(), show.body());
        return show.object().getString("showId");
    }
}
