package com.boxoffice.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

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

    /**
     * For tests inside the server: a scheduled show at least a day away, on a screen of 20 seats or more, of
     * which nobody has held or bought a seat yet, so that its first seats are free whatever other tests did.
     */
    public static UUID untouched(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT show_id FROM shows sh WHERE status = 'SCHEDULED'"
                     + " AND start_time > now() + interval '1 day'"
                     + " AND NOT EXISTS (SELECT 1 FROM holds h WHERE h.show_id = sh.show_id)"
                     + " AND NOT EXISTS (SELECT 1 FROM sold_seats x WHERE x.show_id = sh.show_id)"
                     // other tests leave waiting rooms open on movies of their own
                     + " AND NOT EXISTS (SELECT 1 FROM waiting_rooms w WHERE w.movie_id = sh.movie_id)"
                     + " AND (SELECT count(*) FROM screen_seats ss WHERE ss.screen_id = sh.screen_id) >= 20"
                     + " ORDER BY random() LIMIT 1")) {
            if (!row.next()) {
                throw new IllegalStateException("no untouched show left in the test database");
            }
            return (UUID) row.getObject(1);
        }
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
