package com.boxoffice.waitingroom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The waiting room of a high-demand sale, as the contract has it, on the real Redis and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaitingRoomIT {

    private SignedIn admin;
    private String show;
    private String movie;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void aMovieOfItsOwn() {
        admin = Users.admin();
        show = Shows.fresh();
        movie = Users.as(admin, "GET", "/api/shows/" + show, null).object().getString("movieId");
    }

    @AfterEach
    void redisBack() {
        Backends.useRedis();
    }

    @Test
    void anAdminPutsASaleBehindARoomReadsItAndSwitchesItOff() {
        Reply put = room("{\"admitPerMinute\": 30, \"maxShoppers\": 100}");
        assertEquals(200, put.status(), put.body());
        JsonObject room = put.object();
        assertEquals(movie, room.getString("movieId"));
        assertEquals(30, room.getInt("admitPerMinute"));
        assertEquals(100, room.getInt("maxShoppers"));
        assertEquals(600, room.getInt("passSeconds"), "the default pass");
        assertEquals("OPEN", room.getString("status"), "opens now by default");
        assertEquals(0, room.getInt("waiting"));
        assertEquals(0, room.getInt("shopping"));
        assertEquals(room, Users.as(admin, "GET", path(), null).object());

        String later = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonObject scheduled = room("{\"opensAt\": \"" + later + "\", \"admitPerMinute\": 5, \"maxShoppers\": 2,"
                + " \"passSeconds\": 60}").object();
        assertEquals("SCHEDULED", scheduled.getString("status"));
        assertEquals(later, scheduled.getString("opensAt"));

        SignedIn customer = Users.newUser();
        assertEquals(403, Users.as(customer, "PUT", path(), "{\"admitPerMinute\": 5, \"maxShoppers\": 2}").status());
        assertEquals(401, Users.as(null, "GET", path(), null).status());
        assertEquals(404, Users.as(admin, "PUT", "/api/admin/movies/" + UUID.randomUUID() + "/waiting-room",
                "{\"admitPerMinute\": 5, \"maxShoppers\": 2}").status());

        assertEquals(204, Users.as(admin, "DELETE", path(), null).status());
        assertEquals(404, Users.as(admin, "GET", path(), null).status());
        assertEquals(404, Users.as(customer, "POST", entries(), null).status(), "no room, no line");
        assertEquals(201, Purchases.hold(customer, show, "A1").status(), "holds need no admission again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"admitPerMinute\": 0, \"maxShoppers\": 5}", "{\"admitPerMinute\": 5, \"maxShoppers\": 0}",
            "{\"admitPerMinute\": 5, \"maxShoppers\": 5, \"passSeconds\": 9}", "{\"maxShoppers\": 5}",
            "{\"admitPerMinute\": 5}", "{\"admitPerMinute\": 1.5, \"maxShoppers\": 5}",
            "{\"admitPerMinute\": \"5\", \"maxShoppers\": 5}", "{\"admitPerMinute\": 5, \"maxShoppers\": 5,"
            + " \"opensAt\": \"tomorrow\"}", "[]", "{"})
    void badSettingsAre400(String body) {
        Reply reply = room(body);
        assertEquals(400, reply.status(), body + " -> " + reply.body());
        assertEquals("VALIDATION_FAILED", reply.errorCode());
        assertEquals(404, Users.as(admin, "GET", path(), null).status(), "nothing was set");
    }

    @Test
    void oneCustomerHasOnePlaceHowEverOftenTheyJoin() throws Exception {
        room("{\"admitPerMinute\": 1, \"maxShoppers\": 10}"); // the first admission is a minute away
        SignedIn first = Users.newUser();
        SignedIn second = Users.newUser();
        Reply joined = Users.as(first, "POST", entries(), null);
        assertEquals(201, joined.status(), joined.body());
        JsonObject entry = joined.object();
        assertEquals("WAITING", entry.getString("status"));
        assertEquals(1, entry.getInt("position"));
        assertEquals(0, entry.getInt("aheadOfYou"));
        assertEquals(movie, entry.getString("movieId"));
        assertTrue(entry.getInt("estimatedWaitSeconds") > 0);
        assertTrue(entry.getInt("pollAfterSeconds") >= 2);
        assertTrue(entry.isNull("admittedAt") && entry.isNull("passExpiresAt"));

        assertEquals(2, Users.as(second, "POST", entries(), null).object().getInt("position"));
        List<Reply> again = Concurrently.run(5, i -> Users.as(first, "POST", entries(), null));
        for (Reply reply : again) {
            assertEquals(200, reply.status(), reply.body());
            assertEquals(entry.getString("entryId"), reply.object().getString("entryId"));
            assertEquals(1, reply.object().getInt("position"), "joining again never loses or improves a place");
        }
        assertEquals(entry.getString("entryId"), Users.as(first, "GET", entries() + "/me", null).object()
                .getString("entryId"));
        assertEquals(404, Users.as(Users.newUser(), "GET", entries() + "/me", null).status());
        assertEquals(401, Users.as(null, "POST", entries(), null).status());
        assertEquals(2, Users.as(admin, "GET", path(), null).object().getInt("waiting"));
    }

    @Test
    void holdsForTheMovieNeedAPassAndOtherMoviesAreNotAffected() {
        room("{\"admitPerMinute\": 1, \"maxShoppers\": 10}");
        SignedIn customer = Users.newUser();
        Reply refused = Purchases.hold(customer, show, "B1");
        assertEquals(403, refused.status(), refused.body());
        assertEquals("ADMISSION_REQUIRED", refused.errorCode());
        assertEquals(movie, refused.object().getJsonObject("error").getJsonObject("details").getString("movieId"));
        assertEquals("AVAILABLE", Purchases.seatStatuses(show, null).get("B1"));
        assertEquals(201, Purchases.hold(customer, Shows.fresh(), "B1").status(), "another movie sells as usual");
        String adminsHold = Purchases.heldOrFail(admin, show, "B2"); // admins are never queued
        assertEquals(204, Users.as(admin, "DELETE", "/api/holds/" + adminsHold, null).status());

        Users.as(customer, "POST", entries(), null);
        room("{\"admitPerMinute\": 600, \"maxShoppers\": 10}"); // let people in fast now
        await().atMost(Duration.ofSeconds(5)).until(() -> "ADMITTED".equals(status(customer)));
        JsonObject admitted = Users.as(customer, "GET", entries() + "/me", null).object();
        Instant since = Instant.parse(admitted.getString("admittedAt"));
        assertEquals(since.plusSeconds(600), Instant.parse(admitted.getString("passExpiresAt")));
        assertTrue(admitted.isNull("position"));
        assertEquals(201, Purchases.hold(customer, show, "B1").status(), "a customer let in holds seats");
    }

    @Test
    void everyoneWhoJoinedBeforeOpeningGetsARandomPlaceAheadOfLaterJoiners() throws Exception {
        List<SignedIn> early = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            early.add(Users.newUser());
        }
        SignedIn late = Users.newUser();
        Instant opensAt = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        room("{\"opensAt\": \"" + opensAt + "\", \"admitPerMinute\": 1, \"maxShoppers\": 10}");
        for (SignedIn customer : early) {
            JsonObject entry = Users.as(customer, "POST", entries(), null).object();
            assertTrue(entry.isNull("position") && entry.isNull("aheadOfYou"), "no place before opening: " + entry);
            assertEquals("WAITING", entry.getString("status"));
        }
        assertTrue(Instant.now().isBefore(opensAt), "the test joined everyone before opening");
        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(opensAt.plusMillis(300)));
        assertEquals(31, Users.as(late, "POST", entries(), null).object().getInt("position"), "after the early ones");

        List<Integer> positions = new ArrayList<>();
        for (SignedIn customer : early) {
            positions.add(Users.as(customer, "GET", entries() + "/me", null).object().getInt("position"));
        }
        assertEquals(IntStream.rangeClosed(1, 30).boxed().collect(Collectors.toSet()), new TreeSet<>(positions),
                "the early ones hold places 1 to 30, each once");
        assertNotEquals(IntStream.rangeClosed(1, 30).boxed().toList(), positions, "not in the order they joined");
    }

    @Test
    void admissionsFollowTheLineAndStopAtTheCapUntilPassesRunOut() throws Exception {
        room("{\"admitPerMinute\": 1, \"maxShoppers\": 3, \"passSeconds\": 10}");
        List<SignedIn> line = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            SignedIn customer = Users.newUser();
            assertEquals(i + 1, Users.as(customer, "POST", entries(), null).object().getInt("position"));
            line.add(customer);
        }
        room("{\"admitPerMinute\": 1200, \"maxShoppers\": 3, \"passSeconds\": 10}");
        await().atMost(Duration.ofSeconds(5)).until(() -> "ADMITTED".equals(status(line.get(2))));
        Thread.sleep(1000); // time enough for more admissions, were the cap not there
        assertEquals(List.of("ADMITTED", "ADMITTED", "ADMITTED", "WAITING", "WAITING", "WAITING"),
                line.stream().map(this::status).toList());
        assertEquals(3, Users.as(admin, "GET", path(), null).object().getInt("shopping"));
        assertEquals(1, Users.as(line.get(3), "GET", entries() + "/me", null).object().getInt("position"));

        String held = Purchases.heldOrFail(line.get(0), show, "C1");
        await().atMost(Duration.ofSeconds(15)).until(() -> "EXPIRED".equals(status(line.get(0))));
        assertEquals("ACTIVE", Users.as(line.get(0), "GET", "/api/holds/" + held, null).object().getString("status"),
                "a hold made while admitted stays");
        assertEquals(403, Purchases.hold(line.get(0), show, "C2").status(), "an expired pass lets nobody in");
        await().atMost(Duration.ofSeconds(5)).until(() -> "ADMITTED".equals(status(line.get(5))));
        assertEquals("EXPIRED", Users.as(line.get(0), "POST", entries(), null).object().getString("status"),
                "joining again does not give a new place");
    }

    @Test
    void withRedisUnreachableTheRoomFailsClosedAndPlacesAreKept() {
        room("{\"admitPerMinute\": 1, \"maxShoppers\": 10}");
        SignedIn customer = Users.newUser();
        int position = Users.as(Users.newUser(), "POST", entries(), null).object().getInt("position");
        assertEquals(position + 1, Users.as(customer, "POST", entries(), null).object().getInt("position"));
        Backends.useDatabase();
        Reply hold = Purchases.hold(customer, show, "D1");
        assertEquals(503, hold.status(), hold.body());
        assertEquals("UNAVAILABLE", hold.errorCode());
        assertTrue(Integer.parseInt(hold.header("Retry-After")) > 0);
        assertEquals(503, Users.as(Users.newUser(), "POST", entries(), null).status());
        assertEquals(201, Purchases.hold(customer, Shows.fresh(), "D1").status(), "other movies sell on the database");
        Backends.useRedis();
        assertEquals(position + 1, Users.as(customer, "GET", entries() + "/me", null).object().getInt("position"));
    }

    @Test
    void aLongLineAsksItsFarEndToPollLessOften() {
        room("{\"admitPerMinute\": 1, \"maxShoppers\": 10}");
        List<Integer> polls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            polls.add(Users.as(Users.newUser(), "POST", entries(), null).object().getInt("pollAfterSeconds"));
        }
        assertTrue(polls.get(11) > polls.get(0), polls.toString());
        Set<Integer> bounds = Set.copyOf(polls);
        assertTrue(bounds.stream().allMatch(p -> p >= 2 && p <= 60), polls.toString());
    }

    private String status(SignedIn customer) {
        return Users.as(customer, "GET", entries() + "/me", null).object().getString("status");
    }

    private Reply room(String body) {
        return Users.as(admin, "PUT", path(), body);
    }

    private String path() {
        return "/api/admin/movies/" + movie + "/waiting-room";
    }

    private String entries() {
        return "/api/waiting-rooms/" + movie + "/entries";
    }
}
