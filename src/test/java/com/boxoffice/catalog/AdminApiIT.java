package com.boxoffice.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin API: who may use it, and every rule it enforces on the catalog. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminApiIT {

    private static final String MOVIE = "{\"title\": \"Test Feature\", \"about\": \"About it\", \"rating\": 7.5,"
            + " \"durationMins\": 100, \"ageRating\": \"UA\", \"releaseDate\": \"2026-11-01\", \"language\": \"Testlandic\","
            + " \"format\": \"2D\", \"genres\": [\"Drama\", \"Comedy\"]}";

    private static SignedIn admin;
    private static SignedIn user;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void signIn() {
        admin = Users.admin();
        user = Users.newUser();
    }

    @ParameterizedTest
    @CsvSource({"POST,/api/admin/movies", "PUT,/api/admin/movies/00000000-0000-0000-0000-000000000001",
            "DELETE,/api/admin/movies/00000000-0000-0000-0000-000000000001", "POST,/api/admin/theatres",
            "PUT,/api/admin/theatres/00000000-0000-0000-0000-000000000001", "POST,/api/admin/shows",
            "POST,/api/admin/shows/00000000-0000-0000-0000-000000000001/cancel"})
    void everyAdminEndpointNeedsTheAdminRole(String method, String path) {
        String body = method.equals("DELETE") ? null : "{}";
        Reply anonymous = Users.as(null, method, path, body);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals("UNAUTHENTICATED", anonymous.errorCode());
        Reply plainUser = Users.as(user, method, path, body);
        assertEquals(403, plainUser.status(), plainUser.body());
        assertEquals("FORBIDDEN", plainUser.errorCode());
        int asAdmin = Users.as(admin, method, path, body).status();
        assertTrue(asAdmin == 400 || asAdmin == 404, method + " " + path + " as admin -> " + asAdmin);
    }

    @Test
    void aMovieIsCreatedUpdatedAndDeleted() {
        Reply created = Users.as(admin, "POST", "/api/admin/movies", MOVIE);
        assertEquals(201, created.status(), created.body());
        JsonObject movie = created.object();
        String id = movie.getString("movieId");
        assertEquals("/api/movies/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertEquals("/api/movies/" + id + "/poster", movie.getString("thumbnailUrl"));
        assertEquals(movie, Api.get("/api/movies/" + id).object());

        Reply updated = Users.as(admin, "PUT", "/api/admin/movies/" + id, MOVIE.replace("Test Feature", "Renamed")
                .replace("\"2D\"", "\"IMAX 2D\""));
        assertEquals(200, updated.status(), updated.body());
        assertEquals("Renamed", Api.get("/api/movies/" + id).object().getString("title"));
        assertEquals("IMAX 2D", Api.get("/api/movies/" + id).object().getString("format"));

        assertEquals(204, Users.as(admin, "DELETE", "/api/admin/movies/" + id, null).status());
        assertEquals(404, Api.get("/api/movies/" + id).status());
        assertEquals(404, Users.as(admin, "DELETE", "/api/admin/movies/" + id, null).status());
        assertEquals(404, Users.as(admin, "PUT", "/api/admin/movies/" + id, MOVIE).status());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"title\": \"Test Feature\"|\"title\": \"\"|title",
            "\"durationMins\": 100|\"durationMins\": 0|durationMins",
            "\"durationMins\": 100|\"durationMins\": 601|durationMins",
            "\"rating\": 7.5|\"rating\": 10.5|rating",
            "\"rating\": 7.5|\"rating\": 7.55|rating",
            "\"language\": \"Testlandic\"|\"language\": null|language",
            "\"genres\": [\"Drama\", \"Comedy\"]|\"genres\": [\"\"]|genres[0]",
            "\"about\": \"About it\"|\"thumbnailUrl\": \"javascript:alert(1)\"|thumbnailUrl",
            "\"about\": \"About it\"|\"thumbnailUrl\": \"//elsewhere.example/p.png\"|thumbnailUrl",
            "\"title\": \"Test Feature\"|\"title\": \"Test\\u0000Feature\"|title"})
    void movieValidationNamesTheField(String from, String to, String field) {
        Reply reply = Users.as(admin, "POST", "/api/admin/movies", MOVIE.replace(from, to));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.object().getJsonObject("error").getJsonObject("details").containsKey(field), reply.body());
    }

    @Test
    void aTheatreLayoutIsValidated() {
        String duplicate = theatre("{\"rows\": [{\"row\": \"A\", \"seats\": [{\"number\": 1, \"category\": \"CLASSIC\"},"
                + " {\"number\": 1, \"category\": \"PRIME\"}]}]}");
        assertLayoutRejected(duplicate, "screens[0].layout");
        assertLayoutRejected(theatre("{\"rows\": [{\"row\": \"A\", \"seats\": [{\"number\": 1, \"category\": \"GOLD\"}]}]}"),
                "screens[0].layout.rows[0].seats[0].category");
        assertLayoutRejected(theatre("{\"rows\": [{\"row\": \"a1\", \"seats\": [{\"number\": 1, \"category\": \"CLASSIC\"}]}]}"),
                "screens[0].layout.rows[0].row");
        assertLayoutRejected(theatre("{\"blocks\": [{\"rows\": \"A-Z\", \"seats\": \"1-60\", \"category\": \"CLASSIC\"}]}"),
                "screens[0].layout");
        assertLayoutRejected(theatre("{\"blocks\": [{\"rows\": \"F-A\", \"seats\": \"1-5\", \"category\": \"CLASSIC\"}]}"),
                "screens[0].layout.blocks[0]");
        assertLayoutRejected(theatre("{}"), "screens[0].layout");
        assertLayoutRejected(theatre("{\"rows\": [{\"row\": \"A\", \"seats\": [{\"number\": 101, \"category\": \"CLASSIC\"}]}]}"),
                "screens[0].layout.rows[0].seats[0].number");
        Reply twoScreensOneName = Users.as(admin, "POST", "/api/admin/theatres", theatreWithScreens(
                screen("Audi", block("A-B", "1-4", "CLASSIC")) + ", " + screen("audi", block("A", "1-2", "PRIME"))));
        assertEquals(400, twoScreensOneName.status());
    }

    @Test
    void aTheatreWithScreensIsCreatedAndItsLayoutIsServed() {
        JsonObject theatre = createTheatre(screen("Studio", block("A-C", "1-4,6-9", "CLASSIC")) + ", "
                + screen("Club", "{\"rows\": [{\"row\": \"A\", \"seats\": [{\"number\": 2, \"category\": \"RECLINER\"},"
                + " {\"number\": 5, \"category\": \"RECLINER\"}]}]}"));
        List<JsonObject> screens = theatre.getJsonArray("screens").getValuesAs(JsonObject.class);
        assertEquals(List.of("Club", "Studio"), screens.stream().map(s -> s.getString("name")).toList());
        assertEquals(2, screens.get(0).getInt("capacity"));
        assertEquals(24, screens.get(1).getInt("capacity"));
        assertEquals(theatre, Api.get("/api/theatres/" + theatre.getString("theatreId")).object());
    }

    @Test
    void showsAreScheduledWithoutOverlapsAndWithEveryPrice() {
        JsonObject theatre = createTheatre(screen("Hall", "{\"blocks\": [{\"rows\": \"A-B\", \"seats\": \"1-5\","
                + " \"category\": \"CLASSIC\"}, {\"rows\": \"C\", \"seats\": \"1-5\", \"category\": \"PRIME\"}]}"));
        String screenId = theatre.getJsonArray("screens").getJsonObject(0).getString("screenId");
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        Reply scheduled = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId, start,
                "{\"CLASSIC\": 180, \"PRIME\": 250.50}"));
        assertEquals(201, scheduled.status(), scheduled.body());
        JsonObject showView = scheduled.object();
        assertEquals("SCHEDULED", showView.getString("status"));
        assertEquals(15, showView.getInt("availableSeats"));
        assertEquals("180.00", showView.getJsonNumber("price").toString());
        assertEquals(start.plus(120, ChronoUnit.MINUTES), Instant.parse(showView.getString("endTime")));
        assertTrue(scheduled.header("Location").endsWith("/api/shows/" + showView.getString("showId")), scheduled.header("Location"));

        Reply overlapping = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                start.plus(119, ChronoUnit.MINUTES), "{\"CLASSIC\": 180, \"PRIME\": 250}"));
        assertEquals(409, overlapping.status(), overlapping.body());
        assertEquals("SHOW_OVERLAPS", overlapping.errorCode());
        assertTrue(overlapping.body().contains(showView.getString("showId")));

        Reply before = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                start.minus(120, ChronoUnit.MINUTES), "{\"CLASSIC\": 180, \"PRIME\": 250}"));
        assertEquals(201, before.status(), "back to back is fine: " + before.body());

        Reply missingPrice = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                start.plus(1, ChronoUnit.DAYS), "{\"CLASSIC\": 180}"));
        assertEquals(400, missingPrice.status());
        assertTrue(missingPrice.body().contains("prices.PRIME"));
        Reply extraPrice = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                start.plus(1, ChronoUnit.DAYS), "{\"CLASSIC\": 180, \"PRIME\": 200, \"RECLINER\": 500}"));
        assertTrue(extraPrice.body().contains("prices.RECLINER"), extraPrice.body());
        Reply negative = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                start.plus(1, ChronoUnit.DAYS), "{\"CLASSIC\": -1, \"PRIME\": 200}"));
        assertEquals(400, negative.status());
        Reply past = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                Instant.now().minusSeconds(60), "{\"CLASSIC\": 180, \"PRIME\": 200}"));
        assertTrue(past.body().contains("startTime"), past.body());
        Reply unknown = Users.as(admin, "POST", "/api/admin/shows", show(UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), start, "{\"CLASSIC\": 180}"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("movieId") && unknown.body().contains("screenId"));
        assertEquals(400, Users.as(admin, "POST", "/api/admin/shows", "{\"movieId\": \"nope\"}").status());

        assertEquals(409, Users.as(admin, "DELETE", "/api/admin/movies/" + movieId, null).status());
    }

    @Test
    void concurrentOverlappingShowsOnOneScreenOnlyOneWins() throws Exception {
        JsonObject theatre = createTheatre(screen("Race", block("A", "1-5", "CLASSIC")));
        String screenId = theatre.getJsonArray("screens").getJsonObject(0).getString("screenId");
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        List<Integer> statuses = Concurrently.run(6, i -> Users.as(admin, "POST", "/api/admin/shows",
                show(movieId, screenId, start.plus(i * 10L, ChronoUnit.MINUTES), "{\"CLASSIC\": 100}")).status());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void cancellingAShowIsIdempotentAndHidesItFromListings() {
        JsonObject theatre = createTheatre(screen("Solo", block("A", "1-5", "CLASSIC")));
        String screenId = theatre.getJsonArray("screens").getJsonObject(0).getString("screenId");
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String showId = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId, start, "{\"CLASSIC\": 100}"))
                .object().getString("showId");
        assertEquals(1, Api.get("/api/movies/" + movieId + "/shows").array().size());

        Reply cancelled = Users.as(admin, "POST", "/api/admin/shows/" + showId + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.object().getString("status"));
        assertEquals(200, Users.as(admin, "POST", "/api/admin/shows/" + showId + "/cancel", null).status());
        assertEquals("CANCELLED", Api.get("/api/shows/" + showId).object().getString("status"));
        assertTrue(Api.get("/api/movies/" + movieId + "/shows").array().isEmpty());
        assertEquals(201, Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId, start, "{\"CLASSIC\": 90}"))
                .status(), "a cancelled show frees its slot");
        assertEquals(404, Users.as(admin, "POST", "/api/admin/shows/" + UUID.randomUUID() + "/cancel", null).status());
    }

    @Test
    void aLayoutChangesOnlyWhileTheScreenHasNoShowsToCome() {
        String screens = screen("Flex", block("A-B", "1-4", "CLASSIC"));
        JsonObject theatre = createTheatre(screens);
        String theatreId = theatre.getString("theatreId");
        String screenId = theatre.getJsonArray("screens").getJsonObject(0).getString("screenId");

        Reply grown = Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId,
                theatreWithScreens(screen("Flex", block("A-C", "1-4", "CLASSIC"))));
        assertEquals(200, grown.status(), grown.body());
        assertEquals(12, grown.object().getJsonArray("screens").getJsonObject(0).getInt("capacity"));
        assertEquals(screenId, grown.object().getJsonArray("screens").getJsonObject(0).getString("screenId"));

        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        String showId = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                Instant.now().plus(4, ChronoUnit.DAYS), "{\"CLASSIC\": 100}")).object().getString("showId");
        assertEquals(12, Api.get("/api/shows/" + showId + "/seatmap").object().getInt("availableCount"));

        Reply refused = Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId, theatreWithScreens(screens));
        assertEquals(409, refused.status(), refused.body());
        assertEquals("SCREEN_HAS_SHOWS", refused.errorCode());
        Reply removal = Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId,
                theatreWithScreens(screen("Other", block("A", "1-3", "CLASSIC"))));
        assertEquals(409, removal.status());

        Reply renamed = Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId, theatreWithScreens(
                "{\"screenId\": \"" + screenId + "\", \"name\": \"Flex Two\", \"layout\": " + block("A-C", "1-4", "CLASSIC") + "}")
                .replace("\"Admin Test Theatre\"", "\"Renamed Theatre\""));
        assertEquals(200, renamed.status(), renamed.body());
        assertEquals("Renamed Theatre", renamed.object().getString("name"));
        assertEquals("Flex Two", Api.get("/api/shows/" + showId).object().getString("screenName"));
    }

    @Test
    void screensSwapNamesAndAreNamedOnce() {
        JsonObject theatre = createTheatre(screen("Left", block("A", "1-4", "CLASSIC")) + ", "
                + screen("Right", block("A", "1-6", "CLASSIC")));
        String theatreId = theatre.getString("theatreId");
        String left = screenIdOf(theatre, "Left");
        String right = screenIdOf(theatre, "Right");
        Reply swapped = Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId, theatreWithScreens(
                namedScreen(left, "Right", block("A", "1-4", "CLASSIC")) + ", "
                        + namedScreen(right, "Left", block("A", "1-6", "CLASSIC"))));
        assertEquals(200, swapped.status(), swapped.body());
        assertEquals(right, screenIdOf(swapped.object(), "Left"));
        assertEquals(left, screenIdOf(swapped.object(), "Right"));

        Reply twice = Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId, theatreWithScreens(
                namedScreen(left, "One", block("A", "1-4", "CLASSIC")) + ", "
                        + namedScreen(left, "Two", block("A", "1-2", "CLASSIC"))));
        assertEquals(400, twice.status(), twice.body());
        assertTrue(twice.object().getJsonObject("error").getJsonObject("details").containsKey("screens[1]"), twice.body());
        assertEquals(2, Api.get("/api/theatres/" + theatreId).object().getJsonArray("screens").size(), "nothing removed");
    }

    @Test
    void aShowScheduledWhileItsScreenChangesIsPricedForTheLayoutItGets() throws Exception {
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        for (int round = 0; round < 4; round++) {
            JsonObject theatre = createTheatre(screen("Shifting", block("A-B", "1-4", "CLASSIC")));
            String theatreId = theatre.getString("theatreId");
            String screenId = screenIdOf(theatre, "Shifting");
            String recliners = theatreWithScreens(namedScreen(screenId, "Shifting", block("A-B", "1-4", "RECLINER")));
            List<Reply> replies = Concurrently.run(2, i -> i == 0
                    ? Users.as(admin, "PUT", "/api/admin/theatres/" + theatreId, recliners)
                    : Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId,
                            Instant.now().plus(6, ChronoUnit.DAYS), "{\"CLASSIC\": 100}")));
            Reply layout = replies.get(0);
            Reply scheduled = replies.get(1);
            assertTrue(layout.status() == 200 ^ scheduled.status() == 201, "one of the two, never both: " + replies);
            if (scheduled.status() == 201) {
                assertEquals("SCREEN_HAS_SHOWS", layout.errorCode());
                String showId = scheduled.object().getString("showId");
                assertEquals(201, Users.as(user, "POST", "/api/holds", "{\"showId\": \"" + showId
                        + "\", \"seatIds\": [\"A1\"]}").status(), "the show can be booked");
            } else {
                assertEquals(400, scheduled.status(), "priced for seats the screen no longer has: " + scheduled.body());
            }
        }
    }

    @Test
    void showsArePutOnSaleAtMostTwoYearsAhead() {
        JsonObject theatre = createTheatre(screen("Far", block("A", "1-4", "CLASSIC")));
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        Reply reply = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenIdOf(theatre, "Far"),
                Instant.now().plus(800, ChronoUnit.DAYS), "{\"CLASSIC\": 100}"));
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.object().getJsonObject("error").getJsonObject("details").containsKey("startTime"));
    }

    @Test
    void aNewRunningTimeMovesTheEndsOfTheMoviesShowsUnlessOneWouldOverlap() {
        JsonObject theatre = createTheatre(screen("Runtime", block("A", "1-4", "CLASSIC")));
        String screenId = screenIdOf(theatre, "Runtime");
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        Instant start = Instant.now().plus(9, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String first = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId, start, "{\"CLASSIC\": 100}"))
                .object().getString("showId");
        int minutes = 100; // MOVIE's running time
        Reply longer = Users.as(admin, "PUT", "/api/admin/movies/" + movieId, MOVIE.replace("\"durationMins\": " + minutes,
                "\"durationMins\": " + (minutes + 30)));
        assertEquals(200, longer.status(), longer.body());
        assertEquals(start.plus(minutes + 30 + 20, ChronoUnit.MINUTES).toString(),
                Api.get("/api/shows/" + first).object().getString("endTime"), "the show ends later");

        Instant next = start.plus(minutes + 30 + 20 + 10, ChronoUnit.MINUTES);
        assertEquals(201, Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenId, next, "{\"CLASSIC\": 100}"))
                .status());
        Reply overlapping = Users.as(admin, "PUT", "/api/admin/movies/" + movieId, MOVIE.replace(
                "\"durationMins\": " + minutes, "\"durationMins\": " + (minutes + 60)));
        assertEquals(409, overlapping.status(), overlapping.body());
        assertEquals("SHOW_OVERLAPS", overlapping.errorCode());
        assertEquals(minutes + 30, Api.get("/api/movies/" + movieId).object().getInt("durationMins"), "nothing changed");
    }

    @Test
    void adminInputIsTakenAsTypedNotCoerced() {
        Reply yes = Users.as(admin, "POST", "/api/admin/theatres", theatre(block("A", "1-4", "CLASSIC"))
                .replace("\"cancellationAvailable\": true", "\"cancellationAvailable\": \"yes\""));
        assertEquals(400, yes.status(), yes.body());
        assertTrue(yes.object().getJsonObject("error").getJsonObject("details").containsKey("cancellationAvailable"));
        Reply fraction = Users.as(admin, "POST", "/api/admin/movies", MOVIE.replaceAll("\"durationMins\": \\d+",
                "\"durationMins\": 99.5"));
        assertEquals(400, fraction.status(), fraction.body());

        JsonObject theatre = createTheatre(screen("Prices", block("A", "1-4", "CLASSIC")));
        String movieId = Users.as(admin, "POST", "/api/admin/movies", MOVIE).object().getString("movieId");
        Reply twice = Users.as(admin, "POST", "/api/admin/shows", show(movieId, screenIdOf(theatre, "Prices"),
                Instant.now().plus(8, ChronoUnit.DAYS), "{\"CLASSIC\": 100, \"classic\": 120}"));
        assertEquals(400, twice.status(), twice.body());
    }

    private static String screenIdOf(JsonObject theatre, String name) {
        return theatre.getJsonArray("screens").getValuesAs(JsonObject.class).stream()
                .filter(screen -> screen.getString("name").equals(name)).findFirst().orElseThrow().getString("screenId");
    }

    private static String namedScreen(String screenId, String name, String layout) {
        return "{\"screenId\": \"" + screenId + "\", \"name\": \"" + name + "\", \"layout\": " + layout + "}";
    }

    private static void assertLayoutRejected(String body, String field) {
        Reply reply = Users.as(admin, "POST", "/api/admin/theatres", body);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("VALIDATION_FAILED", reply.errorCode());
        assertTrue(reply.object().getJsonObject("error").getJsonObject("details").containsKey(field), reply.body());
    }

    private static JsonObject createTheatre(String screens) {
        Reply reply = Users.as(admin, "POST", "/api/admin/theatres", theatreWithScreens(screens));
        assertEquals(201, reply.status(), reply.body());
        assertFalse(reply.header("Location").isEmpty());
        return reply.object();
    }

    private static String theatre(String layout) {
        return theatreWithScreens(screen("Screen 1", layout));
    }

    private static String theatreWithScreens(String screens) {
        return "{\"name\": \"Admin Test Theatre\", \"address\": \"1 Test Road\", \"city\": \"Testpur "
                + ThreadLocalRandom.current().nextInt(1000) + "\", \"geoLat\": 12.5, \"geoLng\": 77.25,"
                + " \"cancellationAvailable\": true, \"screens\": [" + screens + "]}";
    }

    private static String screen(String name, String layout) {
        return "{\"name\": \"" + name + "\", \"layout\": " + layout + "}";
    }

    private static String block(String rows, String seats, String category) {
        return "{\"blocks\": [{\"rows\": \"" + rows + "\", \"seats\": \"" + seats + "\", \"category\": \"" + category + "\"}]}";
    }

    private static String show(String movieId, String screenId, Instant start, String prices) {
        return "{\"movieId\": \"" + movieId + "\", \"screenId\": \"" + screenId + "\", \"startTime\": \"" + start
                + "\", \"prices\": " + prices + "}";
    }
}
