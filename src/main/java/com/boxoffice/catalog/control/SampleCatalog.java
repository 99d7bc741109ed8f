package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.SeatCategory;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo catalog (BOXOFFICE_SAMPLE_DATA): cities, theatres, screens, movies, and shows for the next
 * days, computed from today and topped up while the server runs. Every row has an id derived from its
 * name and is inserted with ON CONFLICT DO NOTHING, so restarts (and several instances starting at once)
 * never duplicate anything, and an admin's changes are never overwritten.
 */
@ApplicationScoped
public class SampleCatalog {

    private static final Logger LOG = Logger.getLogger(SampleCatalog.class.getName());
    private static final long SEED_LOCK = 0x426f78L;
    private static final int DAYS = 7;
    private static final List<LocalTime> SLOTS =
            List.of(LocalTime.of(10, 0), LocalTime.of(13, 30), LocalTime.of(17, 0), LocalTime.of(20, 30));
    private static final int TURNAROUND_MINS = 20;
    private static final long TOP_UP_HOURS = 6;

    @Inject
    @ConfigProperty(name = "boxoffice.sample-data", defaultValue = "true")
    boolean enabled;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    ZoneId zone;

    private SampleCatalogData data;
    private ScheduledFuture<?> topUp;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!enabled) {
            return;
        }
        data = read();
        load();
        topUp = scheduler.scheduleAtFixedRate(this::loadQuietly, TOP_UP_HOURS, TOP_UP_HOURS, TimeUnit.HOURS);
    }

    @PreDestroy
    void stop() {
        if (topUp != null) {
            topUp.cancel(false);
        }
    }

    public static UUID movieId(String title) {
        return id("movie", title);
    }

    public static UUID theatreId(String name) {
        return id("theatre", name);
    }

    public static UUID screenId(String theatre, String screen) {
        return id("screen", theatre + "/" + screen);
    }

    static SampleCatalogData read() {
        try (InputStream in = SampleCatalog.class.getResourceAsStream("/sample/catalog.json");
             Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(in, SampleCatalogData.class);
        } catch (Exception e) {
            throw new IllegalStateException("sample/catalog.json is unreadable", e);
        }
    }

    private void loadQuietly() {
        try {
            load();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not top up the sample shows", e);
        }
    }

    /** Inserts whatever part of the demo catalog is missing; answers how many shows were added. */
    public int load() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, SEED_LOCK);
                    lock.execute();
                }
                insertMovies(connection);
                insertTheatres(connection);
                int shows = insertShows(connection);
                connection.commit();
                LOG.info("Sample catalog in place; " + shows + " new shows");
                return shows;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the sample catalog", e);
        }
    }

    private void insertMovies(Connection connection) throws SQLException {
        try (PreparedStatement movie = connection.prepareStatement(
                "INSERT INTO movies (movie_id, title, about, thumbnail_url, rating, duration_mins, age_rating,"
                        + " release_date, language, format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement genre = connection.prepareStatement(
                     "INSERT INTO movie_genres (movie_id, position, genre) SELECT ?, ?, ?"
                             + " WHERE NOT EXISTS (SELECT 1 FROM movie_genres WHERE movie_id = ? AND position = ?)")) {
            for (SampleCatalogData.Movie m : data.movies()) {
                UUID id = movieId(m.title());
                movie.setObject(1, id);
                movie.setString(2, m.title());
                movie.setString(3, m.about());
                movie.setString(4, "/api/movies/" + id + "/poster");
                movie.setBigDecimal(5, m.rating());
                movie.setInt(6, m.durationMins());
                movie.setString(7, m.ageRating());
                movie.setObject(8, m.releaseDate());
                movie.setString(9, m.language());
                movie.setString(10, m.format());
                movie.addBatch();
            }
            movie.executeBatch();
            for (SampleCatalogData.Movie m : data.movies()) {
                UUID id = movieId(m.title());
                for (int position = 0; position < m.genres().size(); position++) {
                    genre.setObject(1, id);
                    genre.setInt(2, position);
                    genre.setString(3, m.genres().get(position));
                    genre.setObject(4, id);
                    genre.setInt(5, position);
                    genre.addBatch();
                }
            }
            genre.executeBatch();
        }
    }

    private void insertTheatres(Connection connection) throws SQLException {
        try (PreparedStatement theatre = connection.prepareStatement(
                "INSERT INTO theatres (theatre_id, name, address, city, geo_lat, geo_lng, cancellation_available)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement screen = connection.prepareStatement(
                     "INSERT INTO screens (screen_id, theatre_id, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement seat = connection.prepareStatement(
                     "INSERT INTO screen_seats (screen_id, seat_id, row_label, row_index, seat_number, category)"
                             + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (SampleCatalogData.Theatre t : data.theatres()) {
                theatre.setObject(1, theatreId(t.name()));
                theatre.setString(2, t.name());
                theatre.setString(3, t.address());
                theatre.setString(4, t.city());
                theatre.setBigDecimal(5, t.geoLat());
                theatre.setBigDecimal(6, t.geoLng());
                theatre.setBoolean(7, t.cancellationAvailable());
                theatre.addBatch();
                for (List<String> s : t.screens()) {
                    UUID screenId = screenId(t.name(), s.get(0));
                    screen.setObject(1, screenId);
                    screen.setObject(2, theatreId(t.name()));
                    screen.setString(3, s.get(0));
                    screen.addBatch();
                    for (LayoutSeat layoutSeat : layout(s.get(1))) {
                        seat.setObject(1, screenId);
                        seat.setString(2, layoutSeat.seatId());
                        seat.setString(3, layoutSeat.row());
                        seat.setInt(4, layoutSeat.rowIndex());
                        seat.setInt(5, layoutSeat.number());
                        seat.setString(6, layoutSeat.category().name());
                        seat.addBatch();
                    }
                }
            }
            theatre.executeBatch();
            screen.executeBatch();
            seat.executeBatch();
        }
    }

    /**
     * Four shows a day on every screen for the next days; each screen plays a different movie per slot,
     * which spreads every movie over several cities.
     */
    private int insertShows(Connection connection) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<SampleCatalogData.Movie> movies = data.movies();
        try (PreparedStatement show = connection.prepareStatement(
                "WITH inserted AS (INSERT INTO shows (show_id, movie_id, screen_id, start_time, end_time)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING show_id)"
                        + " INSERT INTO show_prices (show_id, category, price)"
                        + " SELECT inserted.show_id, p.category, p.price"
                        + " FROM inserted, unnest(?::varchar[], ?::numeric[]) AS p (category, price)")) {
            int screenOrdinal = 0;
            for (SampleCatalogData.Theatre t : data.theatres()) {
                for (List<String> s : t.screens()) {
                    UUID screenId = screenId(t.name(), s.get(0));
                    List<SeatCategory> categories = new ArrayList<>(ScreenLayout.of(screenId, layout(s.get(1))).categories());
                    for (int day = 0; day < DAYS; day++) {
                        for (int slot = 0; slot < SLOTS.size(); slot++) {
                            OffsetDateTime start = today.plusDays(day).atTime(SLOTS.get(slot)).atZone(zone).toOffsetDateTime();
                            if (!start.isAfter(now)) {
                                continue;
                            }
                            SampleCatalogData.Movie movie = movies.get((screenOrdinal * 5 + day * 2 + slot * 7) % movies.size());
                            show.setObject(1, id("show", screenId + "/" + start.toInstant()));
                            show.setObject(2, movieId(movie.title()));
                            show.setObject(3, screenId);
                            show.setObject(4, start);
                            show.setObject(5, start.plusMinutes(movie.durationMins() + TURNAROUND_MINS));
                            show.setArray(6, connection.createArrayOf("varchar",
                                    categories.stream().map(Enum::name).toArray()));
                            show.setArray(7, connection.createArrayOf("numeric", prices(categories, movie, slot)));
                            show.addBatch();
                        }
                    }
                    screenOrdinal++;
                }
            }
            int added = 0;
            for (int rows : show.executeBatch()) {
                added += rows > 0 ? 1 : 0;
            }
            return added;
        }
    }

    private List<LayoutSeat> layout(String name) {
        List<LayoutBlock> blocks = data.layouts().get(name);
        if (blocks == null) {
            throw new IllegalStateException("sample/catalog.json names an unknown layout: " + name);
        }
        return blocks.stream().flatMap(block -> block.expand().stream()).toList();
    }

    private Object[] prices(List<SeatCategory> categories, SampleCatalogData.Movie movie, int slot) {
        return categories.stream().map(category -> price(category, movie, slot)).toArray();
    }

    /** Evening shows cost a fifth more; premium formats add a surcharge. */
    private BigDecimal price(SeatCategory category, SampleCatalogData.Movie movie, int slot) {
        BigDecimal base = data.prices().get(category);
        if (slot >= 2) {
            base = base.multiply(new BigDecimal("1.2"));
        }
        String format = movie.format().toUpperCase();
        int surcharge = format.contains("IMAX") ? 120 : format.contains("4DX") ? 150 : format.contains("3D") ? 50 : 0;
        return base.add(BigDecimal.valueOf(surcharge)).setScale(0, RoundingMode.HALF_UP).setScale(2);
    }

    private static UUID id(String kind, String name) {
        return UUID.nameUUIDFromBytes(("boxoffice-sample:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }
}
