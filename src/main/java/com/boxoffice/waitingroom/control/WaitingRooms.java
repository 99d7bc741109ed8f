package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import com.boxoffice.platform.database.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which movies sell behind a waiting room, with what settings. Kept in PostgreSQL, so every instance knows
 * a room is on also while Redis is away; each instance reads them again every second and right after its own
 * changes, so that a hold never has to ask the database whether its movie is queued.
 */
@ApplicationScoped
public class WaitingRooms {

    private static final Logger LOG = Logger.getLogger(WaitingRooms.class.getName());
    private static final String COLUMNS = "movie_id, opens_at, admit_per_minute, max_shoppers, pass_seconds, generation";

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    WaitingLine line;

    @Inject
    PeriodicTasks periodic;

    private volatile Map<UUID, RoomSettings> rooms = Map.of();

    void start(@Observes SchemaReady ready, WaitingRooms self) {
        self.reload();
        periodic.every(Duration.ofSeconds(1), "read the waiting rooms (the ones known are kept)", Level.FINE,
                self::reload);
    }

    public Optional<RoomSettings> of(UUID movieId) {
        return Optional.ofNullable(rooms.get(movieId));
    }

    public Collection<RoomSettings> all() {
        return rooms.values();
    }

    /** Creates or replaces the movie's room; a room that exists keeps its line. */
    @Transactional
    public RoomSettings put(UUID movieId, Instant opensAt, int admitPerMinute, int maxShoppers, int passSeconds) {
        Object[] row = (Object[]) em.createNativeQuery("INSERT INTO waiting_rooms (" + COLUMNS + ", updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, now()) ON CONFLICT (movie_id) DO UPDATE SET opens_at = excluded.opens_at,"
                        + " admit_per_minute = excluded.admit_per_minute, max_shoppers = excluded.max_shoppers,"
                        + " pass_seconds = excluded.pass_seconds, updated_at = now() RETURNING " + COLUMNS)
                .setParameter(1, movieId).setParameter(2, Timestamp.from(opensAt)).setParameter(3, admitPerMinute)
                .setParameter(4, maxShoppers).setParameter(5, passSeconds).setParameter(6, UUID.randomUUID())
                .getSingleResult();
        RoomSettings room = settings(row);
        remember(room);
        return room;
    }

    /** Switches the movie's room off; its line and passes are discarded. False when there was none. */
    @Transactional
    public boolean remove(UUID movieId) {
        List<?> rows = em.createNativeQuery("DELETE FROM waiting_rooms WHERE movie_id = ? RETURNING " + COLUMNS)
                .setParameter(1, movieId).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        RoomSettings room = settings((Object[]) rows.get(0));
        Map<UUID, RoomSettings> next = new HashMap<>(rooms);
        next.remove(movieId);
        rooms = Map.copyOf(next);
        try {
            line.discard(room);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The line of the waiting room of " + movieId + " stays in Redis (a later room has"
                    + " a line of its own)", e);
        }
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    void reload() {
        Map<UUID, RoomSettings> read = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM waiting_rooms").getResultList()) {
            RoomSettings room = settings((Object[]) row);
            read.put(room.movieId(), room);
        }
        rooms = Map.copyOf(read);
    }

    private void remember(RoomSettings room) {
        Map<UUID, RoomSettings> next = new HashMap<>(rooms);
        next.put(room.movieId(), room);
        rooms = Map.copyOf(next);
    }

    private static RoomSettings settings(Object[] row) {
        return new RoomSettings(SqlValues.uuid(row[0]), SqlValues.instant(row[1]), ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), SqlValues.uuid(row[5]));
    }
}
