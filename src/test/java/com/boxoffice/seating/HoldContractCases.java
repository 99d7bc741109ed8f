package com.boxoffice.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.seating.boundary.HoldView;
import com.boxoffice.seating.boundary.SeatMapView;
import com.boxoffice.seating.control.SeatStatus;
import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.BoxofficeClient;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
        BoxofficeClient asAlice = BoxofficeClient.as(alice);
        HoldView hold = asAlice.hold(show, "D1", "D2");
        BoxofficeClient.as(bob).hold(show, "D5");

        HoldView changed = asAlice.changeHold(hold.holdId(), "D2", "D3", "K10");
        assertEquals(List.of("D2", "D3", "K10"), changed.seatIds());
        assertEquals(hold.expiresAt(), changed.expiresAt());
        assertEquals(new BigDecimal("600.00"), changed.totalAmount());
        Map<String, String> statuses = statuses(show, null);
        assertEquals("AVAILABLE", statuses.get("D1"));
        assertEquals("HELD", statuses.get("D3"));

        BoxofficeClient.Refused refused = assertThrows(BoxofficeClient.Refused.class,
                () -> asAlice.changeHold(hold.holdId(), "D4", "D5"));
        assertEquals(409, refused.status());
        assertEquals("SEATS_UNAVAILABLE", refused.code());
        assertTrue(refused.details().toString().contains("D5"), refused.getMessage());
        assertEquals(List.of("D2", "D3", "K10"), asAlice.hold(hold.holdId()).seatIds());
        assertEquals("AVAILABLE", statuses(show, null).get("D4"));
        assertEquals(400, assertThrows(BoxofficeClient.Refused.class, () -> asAlice.changeHold(hold.holdId())).status());
    }

    @Test
    void releasingFreesTheSeatsAtOnce() {
        BoxofficeClient asAlice = BoxofficeClient.as(alice);
        UUID holdId = asAlice.hold(show, "E1", "E2").holdId();
        asAlice.release(holdId);
        assertEquals("RELEASED", asAlice.hold(holdId).status());
        assertEquals("AVAILABLE", statuses(show, null).get("E1"));
        asAlice.release(holdId); // releasing twice is harmless
        BoxofficeClient.as(bob).hold(show, "E1", "E2");
        BoxofficeClient.Refused change = assertThrows(BoxofficeClient.Refused.class, () -> asAlice.changeHold(holdId, "E3"));
        assertEquals(409, change.status());
        assertEquals("HOLD_NOT_ACTIVE", change.code());
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
    void aHoldThatReplacesAnotherKeepsItsExpiry() throws Exception {
        String first = hold(alice, show, "H1", "H2").object().getString("expiresAt");
        Thread.sleep(1100); // a new hold would end at least a second later
        Reply again = hold(alice, show, "H1", "H2");
        assertEquals(201, again.status(), again.body());
        assertEquals(first, again.object().getString("expiresAt"), "holding the same seats again never extends them");
        Reply other = hold(alice, show, "H3");
        assertEquals(first, other.object().getString("expiresAt"));
        Reply elsewhere = hold(alice, Shows.fresh(), "H1");
        assertTrue(Instant.parse(elsewhere.object().getString("expiresAt")).isAfter(Instant.parse(first)),
                "a hold of another show has a lifetime of its own");
    }

    @Test
    void heldSeatsAcrossShowsAreCappedByFairUse() {
        String second = Shows.fresh();
        String third = Shows.fresh();
        assertEquals(201, hold(alice, show, "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9", "A10").status());
        assertEquals(201, hold(alice, second, "A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9").status());
        String small = hold(alice, third, "A1").object().getString("holdId");

        Reply over = hold(alice, Shows.fresh(), "J1");
        assertEquals(409, over.status(), over.body());
        assertEquals("HOLD_LIMIT_REACHED", over.errorCode());
        assertEquals(20, over.object().getJsonObject("error").getJsonObject("details").getInt("maxSeats"));

        Reply grown = Users.as(alice, "PUT", "/api/holds/" + small, "{\"seatIds\": [\"A1\", \"A2\"]}");
        assertEquals(409, grown.status(), grown.body());
        assertEquals("HOLD_LIMIT_REACHED", grown.errorCode());
        assertEquals(List.of("A1"), seats(Users.as(alice, "GET", "/api/holds/" + small, null).object()));
        assertEquals("AVAILABLE", statuses(third, null).get("A2"), "nothing of a refused change is kept");

        Reply replacing = hold(alice, third, "B1");
        assertEquals(201, replacing.status(), "a hold that replaces one of the same show counts once: " + replacing.body());
        Reply biggerReplacement = hold(alice, third, "B1", "B2");
        assertEquals(409, biggerReplacement.status(), biggerReplacement.body());
        assertEquals("HOLD_LIMIT_REACHED", biggerReplacement.errorCode());
        Map<String, String> thirdSeats = statuses(third, null);
        assertEquals("HELD", thirdSeats.get("B1"), "the hold it would have replaced keeps its seats");
        assertEquals("AVAILABLE", thirdSeats.get("B2"));
        assertEquals("ACTIVE", Users.as(alice, "GET", "/api/holds/" + replacing.object().getString("holdId"), null)
                .object().getString("status"));

        assertEquals(201, hold(bob, Shows.fresh(), "A1", "A2").status(), "other customers are not affected");
        String firstHold = Purchases.heldOrFail(alice, show, "C1");
        assertEquals(204, Users.as(alice, "DELETE", "/api/holds/" + firstHold, null).status());
        assertEquals(201, hold(alice, Shows.fresh(), "J1", "J2").status(), "released seats count no more");
    }

    @Test
    void oneCustomersHoldsAtTheSameMomentNeverPassTheLimit() throws Exception {
        List<String> shows = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shows.add(Shows.fresh());
        }
        List<Reply> replies = com.boxoffice.support.Concurrently.run(5,
                i -> hold(alice, shows.get(i), "E1", "E2", "E3", "E4", "E5"));
        long granted = replies.stream().filter(r -> r.status() == 201).count();
        assertEquals(4, granted, replies.toString());
        assertTrue(replies.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409
                && r.errorCode().equals("HOLD_LIMIT_REACHED")), replies.toString());
        long heldSeats = shows.stream().mapToLong(s -> statuses(s, null).values().stream().filter("HELD"::equals).count())
                .sum();
        assertEquals(20, heldSeats, "exactly the granted seats are held");
    }

    @Test
    void theSeatMapTellsTheCallerTheirOwnSeats() {
        BoxofficeClient asAlice = BoxofficeClient.as(alice);
        asAlice.hold(show, "G1", "G2");
        BoxofficeClient.as(bob).hold(show, "G3");
        SeatMapView map = asAlice.seatMap(show);
        Map<String, SeatMapView.SeatView> seats = new HashMap<>();
        map.rows().forEach(row -> row.seats().forEach(seat -> seats.put(seat.seatId(), seat)));
        assertTrue(seats.get("G1").heldByYou());
        assertEquals(SeatStatus.HELD, seats.get("G3").status());
        assertFalse(seats.get("G3").heldByYou());
        assertEquals(3, map.heldCount());
        assertEquals(107, map.availableCount());
        assertEquals(0, map.bookedCount());
        assertFalse(BoxofficeClient.anonymous().seatMap(show).rows().stream().flatMap(row -> row.seats().stream())
                .anyMatch(SeatMapView.SeatView::heldByYou), "nobody's seats to a caller without a token");
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
