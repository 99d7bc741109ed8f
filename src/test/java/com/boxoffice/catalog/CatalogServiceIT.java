package com.boxoffice.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.catalog.control.SampleCatalog;
import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.support.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: the demo catalog's loader and the database's own rules about shows. */
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(CatalogServiceIT.class);
    }

    @Inject
    SampleCatalog sampleCatalog;

    @Inject
    ShowCatalog shows;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    @Test
    void loadingTheDemoCatalogAgainAddsNothing() throws SQLException {
        Map<String, Long> before = counts();
        assertEquals(0, sampleCatalog.load());
        assertEquals(before, counts());
        assertTrue(before.get("movies") >= 30);
        assertTrue(before.get("theatres") >= 12);
        assertTrue(before.get("screens") >= 24);
    }

    @Test
    void everyCityHasShowsOnEachOfTheComingDays() throws SQLException {
        ZoneId india = ZoneId.of("Asia/Kolkata");
        LocalDate tomorrow = LocalDate.now(india).plusDays(1);
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "SELECT t.city, count(DISTINCT (s.start_time AT TIME ZONE 'Asia/Kolkata')::date)"
                             + " FROM shows s JOIN screens sc USING (screen_id) JOIN theatres t USING (theatre_id)"
                             + " WHERE (s.start_time AT TIME ZONE 'Asia/Kolkata')::date BETWEEN ? AND ?"
                             + " AND t.city IN ('Bengaluru', 'Chennai', 'Delhi', 'Hyderabad', 'Mumbai') GROUP BY t.city")) {
            query.setObject(1, tomorrow);
            query.setObject(2, tomorrow.plusDays(5));
            try (ResultSet rows = query.executeQuery()) {
                int cities = 0;
                while (rows.next()) {
                    assertEquals(6, rows.getInt(2), rows.getString(1));
                    cities++;
                }
                assertEquals(5, cities);
            }
        }
    }

    @Test
    void theDatabaseRefusesOverlappingShowsOnOneScreen() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet existing = s.executeQuery("SELECT movie_id, screen_id, start_time FROM shows"
                    + " WHERE status = 'SCHEDULED' ORDER BY start_time DESC LIMIT 1");
            assertTrue(existing.next());
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO shows (show_id, movie_id, screen_id,"
                    + " start_time, end_time) VALUES (?, ?, ?, ?::timestamptz + interval '30 minutes',"
                    + " ?::timestamptz + interval '3 hours')")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, existing.getObject(1));
                insert.setObject(3, existing.getObject(2));
                insert.setObject(4, existing.getObject(3));
                insert.setObject(5, existing.getObject(3));
                SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
                assertEquals("23P01", refused.getSQLState());
            }
        }
    }

    @Test
    void seatingSeesTheShowsLayoutAndPrices() throws SQLException {
        UUID showId;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT show_id FROM shows WHERE start_time > now() LIMIT 1")) {
            assertTrue(row.next());
            showId = (UUID) row.getObject(1);
        }
        ShowSeating seating = shows.seating(showId);
        assertTrue(seating.bookableAt(Instant.now()));
        assertTrue(seating.layout().capacity() >= 40);
        assertEquals(seating.layout().categories().size(), seating.prices().size());
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"movies", "movie_genres", "theatres", "screens", "screen_seats", "shows",
                    "show_prices"}) {
                try (ResultSet rows = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }
}
