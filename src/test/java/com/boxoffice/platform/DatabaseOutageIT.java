package com.boxoffice.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.SecondServer;
import com.boxoffice.support.Shows;
import com.boxoffice.support.TcpProxy;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL going away and coming back, as in a restart or a failover: a server of the app that reaches
 * the database through a relay the test cuts (every open connection dropped, new ones refused) answers
 * 503 UNAVAILABLE at once and writes nothing half, then serves again on its own once the database is back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static TcpProxy database;
    private static SecondServer server;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void serverBehindARelay() throws Exception {
        String url = System.getProperty("it.db.url");
        int port = Integer.parseInt(url.replaceAll(".*://[^:/]+:(\\d+)/.*", "$1"));
        database = new TcpProxy(15433, port).start();
        server = new SecondServer("boxofficePg", 500, Map.of(
                "BOXOFFICE_DB_URL", url.replaceAll("://[^/]+/", "://127.0.0.1:" + database.port() + "/"),
                "BOXOFFICE_SAMPLE_DATA", "false"));
        server.start();
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (database != null) {
            database.restore();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void whileTheDatabaseIsAwayRequestsAreRefusedAtOnceAndServiceResumesOnItsOwn() throws Exception {
        String show = Shows.fresh();
        SignedIn user = there(Users::newUser);
        there(() -> Purchases.buy(user, show, "A1"));

        database.cut();
        Reply hold = timed(() -> Purchases.hold(user, show, "A2"));
        assertRefusedForNow(hold);
        assertRefusedForNow(timed(() -> Users.as(user, "GET", "/api/orders", null)));
        assertRefusedForNow(timed(() -> Users.login(user.email(), "correct horse")));
        assertEquals(503, timed(() -> Api.get("/health/ready")).status(), "not ready without its database");
        Reply map = timed(() -> Api.get("/api/shows/" + show + "/seatmap"));
        assertTrue(map.status() == 200 || map.status() == 503, map.body());

        database.restore();
        awaitReady();
        Reply bought = there(() -> Purchases.buy(user, show, "A2", "A3"));
        assertEquals("CONFIRMED", bought.object().getString("status"));
        assertEquals(2, Database.count("SELECT count(*) FROM holds WHERE user_id = ?::uuid", user.userId()),
                "the hold refused during the outage left no row");
        assertEquals("BOOKED", Purchases.seatStatuses(show, null).get("A2"));
        assertEquals("AVAILABLE", Purchases.seatStatuses(show, null).get("A4"));
    }

    @Test
    void aHoldRefusedDuringTheOutageLeavesItsSeatsFree() throws Exception {
        String show = Shows.fresh();
        SignedIn user = there(Users::newUser);
        assertEquals(201, there(() -> Purchases.hold(user, show, "B1")).status(), "warm: the show is known in Redis");

        database.cut();
        assertRefusedForNow(timed(() -> Purchases.hold(user, show, "C1", "C2")));
        database.restore();
        awaitReady();

        SignedIn other = there(Users::newUser);
        assertEquals(201, there(() -> Purchases.hold(other, show, "C1", "C2")).status(),
                "the seats the refused hold asked for are free, in Redis and in PostgreSQL");
    }

    private static void assertRefusedForNow(Reply reply) {
        assertEquals(503, reply.status(), reply.body());
        assertEquals("UNAVAILABLE", reply.errorCode());
        assertNotNull(reply.header("Retry-After"));
    }

    /** A call to the server behind the relay, which must answer within seconds even with the database gone. */
    private static <T> T timed(Supplier<T> call) {
        long start = System.nanoTime();
        T result = there(call);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 12_000, "answered after " + millis + " ms");
        return result;
    }

    private static <T> T there(Supplier<T> call) {
        return Api.on(server.baseUrl(), call);
    }

    private static void awaitReady() {
        await("ready again within a minute of the database coming back").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> there(() -> Api.get("/health/ready")).status() == 200);
    }
}
