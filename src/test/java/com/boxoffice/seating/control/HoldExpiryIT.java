package com.boxoffice.seating.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.account.control.Accounts;
import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Shows;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.UnifiedJedis;

/**
 * Inside the server: holds with a 2 s lifetime free their seats on time with no request needed, and what
 * outlives a hold goes too — its seat rows in PostgreSQL, and a show's sold set in Redis after the show.
 */
@ExtendWith(ArquillianExtension.class)
class HoldExpiryIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(HoldExpiryIT.class);
    }

    @Inject
    Holds holds;

    @Inject
    DatabaseSeatLocks database;

    @Inject
    HoldRecords records;

    @Inject
    SeatOccupancy occupancy;

    @Inject
    HoldSweeper sweeper;

    @Inject
    RedisSeatLocks redis;

    @Inject
    RedisShowState showState;

    @Inject
    UnifiedJedis redisClient;

    @Inject
    ShowCatalog shows;

    @Inject
    Accounts accounts;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    private Caller caller;
    private ShowSeating show;

    @BeforeEach
    void userAndShow() throws Exception {
        String email = "expiry-" + UUID.randomUUID() + "@example.com";
        var user = accounts.register(email, "password1", "Expiry", null);
        caller = new Caller(user.userId().toString(), email, Set.of("user"));
        show = shows.seating(Shows.untouched(dataSource));
    }

    @Test
    void aRedisHoldsSeatsComeFreeWhenItsTimeRunsOut() throws Exception {
        List<String> seats = List.of(show.layout().seats().get(0).seatId(), show.layout().seats().get(1).seatId());
        Hold hold = holds.create(caller, show.showId(), seats, Duration.ofSeconds(2));
        assertEquals(HoldStatus.ACTIVE, hold.storedStatus());
        assertTrue(occupancy.of(show, null).held().containsAll(seats));

        Thread.sleep(Duration.between(Instant.now(), hold.expiresAt()).toMillis() + 300);
        ShowOccupancy after = occupancy.of(show, null);
        assertFalse(after.held().contains(seats.get(0)), "seats free with no request made");
        assertEquals(HoldStatus.EXPIRED, holds.get(caller, hold.holdId()).statusAt(Instant.now()));

        sweeper.sweep();
        assertEquals(HoldStatus.EXPIRED, records.find(hold.holdId()).orElseThrow().storedStatus());
    }

    @Test
    void aDatabaseHoldsSeatsComeFreeWhenItsTimeRunsOut() throws Exception {
        String seat = show.layout().seats().get(5).seatId();
        Hold hold = new Hold(UUID.randomUUID(), show.showId(), UUID.fromString(caller.userId()),
                List.of(seat), HoldStatus.ACTIVE, LockBackend.DATABASE, new BigDecimal("100.00"),
                Instant.now().plusSeconds(2), null);
        assertTrue(database.take(hold).granted());
        assertTrue(records.activeOfShow(show.showId()).stream().anyMatch(h -> h.holdId().equals(hold.holdId())));

        Thread.sleep(2300);
        assertTrue(records.activeOfShow(show.showId()).stream().noneMatch(h -> h.holdId().equals(hold.holdId())));
        Hold next = new Hold(UUID.randomUUID(), show.showId(), UUID.fromString(caller.userId()),
                List.of(seat), HoldStatus.ACTIVE, LockBackend.DATABASE, new BigDecimal("100.00"),
                Instant.now().plusSeconds(60), null);
        assertTrue(database.take(next).granted(), "the expired hold no longer counts");
        assertEquals(HoldStatus.EXPIRED, records.find(hold.holdId()).orElseThrow().statusAt(Instant.now()));
        assertTrue(records.activeOfShow(show.showId()).stream().anyMatch(h -> h.holdId().equals(next.holdId())));
        database.release(next);
    }

    @Test
    void theSweepDeletesTheSeatRowsOfExpiredDatabaseHoldsOnly() throws Exception {
        String otherEmail = "expiry-" + UUID.randomUUID() + "@example.com";
        UUID other = accounts.register(otherEmail, "password1", "Other", null).userId();
        Hold expiring = new Hold(UUID.randomUUID(), show.showId(), UUID.fromString(caller.userId()),
                List.of(show.layout().seats().get(7).seatId()), HoldStatus.ACTIVE, LockBackend.DATABASE,
                new BigDecimal("100.00"), Instant.now().plusSeconds(2), null);
        Hold lasting = new Hold(UUID.randomUUID(), show.showId(), other,
                List.of(show.layout().seats().get(8).seatId()), HoldStatus.ACTIVE, LockBackend.DATABASE,
                new BigDecimal("100.00"), Instant.now().plusSeconds(60), null);
        assertTrue(database.take(expiring).granted());
        assertTrue(database.take(lasting).granted());
        assertEquals(1, seatRows(expiring.holdId()));

        Thread.sleep(2300);
        sweeper.sweep();
        assertEquals(0, seatRows(expiring.holdId()), "the expired hold's seat rows are gone");
        assertEquals(1, seatRows(lasting.holdId()), "a running hold keeps its seat rows");
        database.release(lasting);
    }

    @Test
    void aShowsSoldSetLeavesRedisADayAfterTheShowStarts() throws Exception {
        String key = RedisKeys.sold(show.showId());
        long dayAfterStart = show.startTime().plus(Duration.ofDays(1)).toEpochMilli();
        redisClient.del(key); // as for a show this Redis has not seen yet
        String seat = show.layout().seats().get(3).seatId();
        Hold hold = holds.create(caller, show.showId(), List.of(seat), Duration.ofSeconds(60));
        assertTrue(redisClient.sismember(key, RedisKeys.COMPLETE), "rebuilt from PostgreSQL for the hold");
        assertEquals(dayAfterStart, System.currentTimeMillis() + redisClient.pttl(key), 5_000, "rebuilt");
        redisClient.persist(key);

        redis.sell(hold, showState.soldSetEnd(show.showId()));
        assertEquals(dayAfterStart, System.currentTimeMillis() + redisClient.pttl(key), 5_000, "after a sale");
        redisClient.del(key); // nothing was sold in PostgreSQL: let the next request rebuild the set from it
        holds.release(caller, hold.holdId());
    }

    private long seatRows(UUID holdId) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT count(*) FROM hold_seats WHERE hold_id = '" + holdId + "'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
