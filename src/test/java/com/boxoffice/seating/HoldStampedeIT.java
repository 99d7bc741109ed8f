package com.boxoffice.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many clients on one seat on the database path, where holds of a show queue for the show's row lock:
 * the wait is bounded (BOXOFFICE_HOLD_LOCK_TIMEOUT_MS, 2 s), so a stampede gets fast 201/409/503 answers,
 * never a 500, and leaves the connection pool free for the next customer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldStampedeIT {

    private static final int CLIENTS = 80;
    private static List<SignedIn> users;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void manyUsers() throws Exception {
        users = Concurrently.run(CLIENTS, i -> Users.newUser());
    }

    @AfterEach
    void redisBack() {
        Backends.useRedis();
    }

    @Test
    void aShowLockedLongerThanTheLockTimeoutAnswers503QuicklyAndFreesThePool() throws Exception {
        String show = Shows.fresh();
        Backends.useDatabase();
        List<Reply> replies;
        try (Connection blocker = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "")) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("SELECT 1 FROM shows WHERE show_id = ?::uuid FOR UPDATE")) {
                lock.setString(1, show);
                lock.executeQuery();
            }
            replies = Concurrently.run(CLIENTS, i -> Purchases.hold(users.get(i), show, "E5"));
            blocker.rollback();
        }

        Map<Integer, Integer> statuses = countStatuses(replies);
        assertEquals(Map.of(503, CLIENTS), statuses, "nobody gets the seat while the show is locked");
        for (Reply reply : replies) {
            assertEquals("UNAVAILABLE", reply.errorCode());
            assertNotNull(reply.header("Retry-After"));
        }
        assertPoolServesAtOnce(show);
    }

    @Test
    void aStampedeOnOneSeatHasOneWinnerAndNoServerError() throws Exception {
        String show = Shows.fresh();
        Backends.useDatabase();
        List<Reply> replies = Concurrently.run(CLIENTS, i -> Purchases.hold(users.get(i), show, "F5", "F6"));

        Map<Integer, Integer> statuses = countStatuses(replies);
        assertEquals(1, statuses.getOrDefault(201, 0), statuses.toString());
        assertEquals(CLIENTS - 1, statuses.getOrDefault(409, 0) + statuses.getOrDefault(503, 0), statuses.toString());
        assertPoolServesAtOnce(show);
    }

    @Test
    void refusalsAreAnsweredWithoutQueueingForTheShowsLock() throws Exception {
        String show = Shows.fresh();
        Backends.useDatabase();
        SignedIn holder = users.get(0);
        assertEquals(201, Purchases.hold(holder, show, "G5").status());
        List<Reply> refused;
        Reply holdersOwn;
        try (Connection blocker = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "")) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("SELECT 1 FROM shows WHERE show_id = ?::uuid FOR UPDATE")) {
                lock.setString(1, show);
                lock.executeQuery();
            }
            refused = Concurrently.run(20, i -> Purchases.hold(users.get(i + 1), show, "G5", "G6"));
            // the holder's own seat does not stand in the holder's way: that request needs the lock
            holdersOwn = Purchases.hold(holder, show, "G5", "G6");
            blocker.rollback();
        }

        assertEquals(Map.of(409, 20), countStatuses(refused), "seats held by someone else: no wait for the lock");
        refused.forEach(reply -> assertEquals("SEATS_UNAVAILABLE", reply.errorCode()));
        assertEquals(503, holdersOwn.status(), holdersOwn.body());
        assertEquals(201, Purchases.hold(holder, show, "G5", "G6").status(), "once the show is free again");
    }

    private static Map<Integer, Integer> countStatuses(List<Reply> replies) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        replies.forEach(r -> statuses.merge(r.status(), 1, Integer::sum));
        return statuses;
    }

    /**
     * After the rush the next customer is served: with the pool held hostage the hold would wait out the
     * pool's connection timeout and answer 503, and a lock wait without bound would not answer at all.
     */
    private static void assertPoolServesAtOnce(String show) {
        Reply hold = Purchases.hold(Users.newUser(), show, "J10");
        assertEquals(201, hold.status(), hold.body());
        assertEquals(200, Api.get("/health/ready").status());
    }
}
