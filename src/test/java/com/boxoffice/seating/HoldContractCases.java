package com.boxoffice.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every case of the holds contract; run once with seat locks on Redis and once on PostgreSQL. */
abstract class HoldContractCases {

    protected SignedIn alice;
    protected SignedIn bob;
    protected String show;

    /** Puts the server on the backend under test. */
    abstract void useBackend();

    abstract String backend();

    @BeforeEach
    void freshShowAndUsers() {
        useBackend();
        alice = Users.newUser();
        bob = Users.newUser();
        show = Shows.fresh();
    }

    @Test
    void aHoldIsCreatedWithEverySeatPricedAndAnExpiry() {
        Reply reply = hold(alice, show, "A1", "K2");
        assertEquals(201, reply.status(), reply.body());
        JsonObject hold = reply.object();
        assertTrue(reply.header("Location").endsWith("/api/holds/" + hold.getString("holdId")), reply.header("Location"));
        assertEquals(show, hold.getString("showId"));
        assertEquals(List.of("A1", "K2"), seats(hold));
        assertEquals("ACTIVE", hold.getString("status"));
        assertEquals("450.00", hold.getJsonNumber("totalAmount").toString());
        Duration left = Duration.between(Instant.now(), Instant.parse(hold.getString("expiresAt")));
        assertTrue(left.getSeconds() > 290 && left.getSeconds() <= 302, left.toString());
        assertEquals(backend(), com.boxoffice.support.Backends.current());
    }

    @Test
    void allOrNothingWithTheExactUnavailableSeats() {
        assertEquals(201, hold(alice, show, "B1", "B2").status());
        Reply refused = hold(bob, show, "B2", "B3", "B1", "B4");
        assertEquals(409, refused.status(), refused.body());
        assertEquals("SEATS_UNAVAILABLE", refused.errorCode());
        assertEquals(List.of("B2", "B1"), refused.object().getJsonObject("error").getJsonObject("details")
                .getJsonArray("unavailableSeatIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        Map<String, String> statuses = statuses(show, null);
        assertEquals("AVAILABLE", statuses.get("B3"), "nothing of a refused hold is kept");
        assertEquals("AVAILABLE", statuses.get("B4"));
        assertEquals("HELD", statuses.get("B1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[\"A1\",\"A2\",\"A3\",\"A4\",\"A5\",\"A6\",\"A7\",\"A8\",\"A9\",\"A10\",\"B1\"]",
            "[\"A1\",\"A1\"]", "[\"Z99\"]", "[\"A11\"]", "[\"\"]", "null", "\"A1\"", "[1]"})
    void badSeatListsAre400(String seats) {
        Reply reply = Users.as(alice, "POST", "/api/holds", "{\"showId\": \"" + show + "\", \"seatIds\": " + seats + "}");
        assertEquals(400, reply.status(), seats + " -> " + reply.body());
        assertEquals("VALIDATION_FAILED", reply.errorCode());
        assertTrue(reply.object().getJsonObject("error").getJsonObject("details").keySet().stream()
                .anyMatch(field -> field.startsWith("seatIds")), "the details name the field: " + reply.body());
    }

    @Test
    void unknownShowsAre404AndBadBodies400() {
        assertEquals(404, hold(alice, UUID.randomUUID().toString(), "A1").status());
        assertEquals(404, hold(alice, "not-a-show", "A1").status());
        assertEquals(400, Users.as(alice, "POST", "/api/holds", "{\"seatIds\": [\"A1\"]}").status());
        assertEquals(400, Users.as(alice, "POST", "/api/holds", "{\"showId\": ").status());
        assertEquals(401, Users.as(null, "POST", "/api/holds", "{\"showId\": \"" + show + "\", \"seatIds\": [\"A1\"]}")
                .status());
        for (String contentType : new String[] {"text/plain", "application/xml"}) {
            Reply anonymous = Api.send("POST", "/api/holds", contentType, "A1");
            assertEquals(401, anonymous.status(), "a missing token is the first thing said: " + anonymous.body());
            assertEquals("UNAUTHENTICATED", anonymous.errorCode());
        }
        assertEquals(401, Api.send("PATCH", "/api/orders/" + UUID.randomUUID(), "application/json", "{}").status());
    }

    @Test
    void cancellingAShowReleasesItsHoldsAndRefusesNewOnes() {
        String cancelled = Shows.fresh();
        String holdId = hold(alice, cancelled, "A1", "A2").object().getString("holdId");
        assertEquals(200, Users.as(Users.admin(), "POST", "/api/admin/shows/" + cancelled + "/cancel", null).status());
        assertEquals("RELEASED", Users.as(alice, "GET", "/api/holds/" + holdId, null).object().getString("status"));
        assertEquals("AVAILABLE", statuses(cancelled, null).get("A1"));
        Reply reply = hold(bob, cancelled, "A1");
        assertEquals(409, reply.status());
        assertEquals("SHOW_NOT_BOOKABLE", reply.errorCode());
    }

    @Test
    void onlyTheOwnerSeesAHold() {
        String holdId = hold(alice, show, "C1").object().getString("holdId");
        assertEquals(200, Users.as(alice, "GET", "/api/holds/" + holdId, null).status());
        assertEquals(404, Users.as(bob, "GET", "/api/holds/" + holdId, null).status());
        assertEquals(404, Users.as(Users.admin(), "GET", "/api/holds/" + holdId, null).status());
        assertEquals(401, Users.as(null, "GET", "/api/holds/" + holdId, null).status());
        assertEquals(404, Users.as(alice, "GET", "/api/holds/" + UUID.randomUUID(), null).status());
        assertEquals(404, Users.as(bob, "PUT", "/api/holds/" + holdId, "{\"seatIds\": [\"C2\"]}").status());
        assertEquals(404, Users.as(bob, "DELETE", "/api/holds/" + holdId, null).status());
        assertEquals("HELD", statuses(show, null).get("C1"));
    }

    @Test
    void replacingSeatsKeepsTheExpiryAndIsAllOrNothing() {
        JsonObject hold = hold(alice, show, "D1", "D2").object();
        String holdId = hold.getString("holdId");
        assertEquals(201, hold(bob, show, "D5").status());

        Reply changed = Users.as(alice, "PUT", "/api/holds/" + holdId, "{\"seatIds\": [\"D2\", \"D3\", \"K10\"]}");
        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("D2", "D3", "K10"), seats(changed.object()));
        assertEquals(hold.getString("expiresAt"), changed.object().getString("expiresAt"));
        assertEquals("600.00", changed.object().getJsonNumber("totalAmount").toString());
        Map<String, String> statuses = statuses(show, null);
        assertEquals("AVAILABLE", statuses.get("D1"));
        assertEquals("HELD", statuses.get("D3"));

        Reply refused = Users.as(alice, "PUT", "/api/holds/" + holdId, "{\"seatIds\": [\"D4\", \"D5\"]}");
        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("D5"));
        assertEquals(List.of("D2", "D3", "K10"), seats(Users.as(alice, "GET", "/api/holds/" + holdId, null).object()));
        assertEquals("AVAILABLE", statuses(show, null).get("D4"));
        assertEquals(400, Users.as(alice, "PUT", "/api/holds/" + holdId, "{\"seatIds\": []}").status());
    }

    @Test
    void releasingFreesTheSeatsAtOnce() {
        String holdId = hold(alice, show, "E1", "E2").object().getString("holdId");
        assertEquals(204, Users.as(alice, "DELETE", "/api/holds/" + holdId, null).status());
        assertEquals("RELEASED", Users.as(alice, "GET", "/api/holds/" + holdId, null).object().getString("status"));
        assertEquals("AVAILABLE", statuses(show, null).get("E1"));
        assertEquals(204, Users.as(alice, "DELETE", "/api/holds/" + holdId, null).status(), "releasing twice is harmless");
        assertEquals(201, hold(bob, show, "E1", "E2").status());
        Reply change = Users.as(alice, "PUT", "/api/holds/" + holdId, "{\"seatIds\": [\"E3\"]}");
        assertEquals(409, change.status());
        assertEquals("HOLD_NOT_ACTIVE", change.errorCode());
    }

    @Test
    void aNewHoldForTheSameShowReplacesTheUsersPreviousOne() {
        String first = hold(alice, show, "F1", "F2").object().getString("holdId");
        String second = hold(alice, show, "F2", "F3").object().getString("holdId");
        assertEquals("RELEASED", Users.as(alice, "GET", "/api/holds/" + first, null).object().getString("status"));
        assertEquals("ACTIVE", Users.as(alice, "GET", "/api/holds/" + second, null).object().getString("status"));
        Map<String, String> statuses = statuses(show, null);
        assertEquals("AVAILABLE", statuses.get("F1"));
        assertEquals("HELD", statuses.get("F2"));
        assertEquals("HELD", statuses.get("F3"));
        String other = Shows.fresh();
        assertEquals(201, hold(alice, other, "F1").status(), "holds of other shows are separate");
        assertEquals("ACTIVE", Users.as(alice, "GET", "/api/holds/" + second, null).object().getString("status"));
    }

    @Test
    void theSeatMapTellsTheCallerTheirOwnSeats() {
        assertEquals(201, hold(alice, show, "G1", "G2").status());
        assertEquals(201, hold(bob, show, "G3").status());
        JsonObject map = Api.get("/api/shows/" + show + "/seatmap", Map.of("Authorization", "Bearer " + alice.token()))
                .object();
        Map<String, JsonObject> seats = new HashMap<>();
        for (JsonValue row : map.getJsonArray("rows")) {
            row.asJsonObject().getJsonArray("seats").forEach(s -> seats.put(s.asJsonObject().getString("seatId"),
                    s.asJsonObject()));
        }
        assertTrue(seats.get("G1").getBoolean("heldByYou"));
        assertEquals("HELD", seats.get("G3").getString("status"));
        assertFalse(seats.get("G3").getBoolean("heldByYou"));
        assertEquals(3, map.getInt("heldCount"));
        assertEquals(107, map.getInt("availableCount"));
        assertEquals(0, map.getInt("bookedCount"));
        assertEquals(107, Api.get("/api/shows/" + show).object().getInt("availableSeats"));
    }

    protected static Reply hold(SignedIn user, String showId, String... seats) {
        StringBuilder json = new StringBuilder("{\"showId\": \"" + showId + "\", \"seatIds\": [");
        for (int i = 0; i < seats.length; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(seats[i]).append('"');
        }
        return Users.as(user, "POST", "/api/holds", json.append("]}").toString());
    }

    protected static Map<String, String> statuses(String showId, SignedIn asUser) {
        return Purchases.seatStatuses(showId, asUser);
    }

    private static List<String> seats(JsonObject hold) {
        return hold.getJsonArray("seatIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }
}
