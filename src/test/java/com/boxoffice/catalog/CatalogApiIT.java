package com.boxoffice.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public catalog API over HTTP, against the demo catalog (30 movies, 12 theatres in 5 cities). Other
 * tests add movies and theatres of their own (language "Testlandic", cities "Testpur …"), so counts here
 * are of what the demo catalog has or are read from the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogApiIT {

    private static final int DEMO_MOVIES = 30;
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void citiesIncludeTheDemoCitiesInOrder() {
        Reply reply = Api.get("/api/cities");
        assertEquals(200, reply.status());
        List<String> cities = strings(reply.array());
        List<String> sorted = new ArrayList<>(cities);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, cities);
        assertTrue(cities.containsAll(List.of("Bengaluru", "Chennai", "Delhi", "Hyderabad", "Mumbai")));
        assertEquals(cities.size(), new HashSet<>(cities).size());
    }

    @Test
    void moviesComeInPagesThatNeitherOverlapNorSkip() {
        int total = Api.get("/api/movies?size=1").object().getInt("totalItems");
        assertTrue(total >= DEMO_MOVIES);
        int pages = (total + 6) / 7;
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < pages; page++) {
            JsonObject body = Api.get("/api/movies?size=7&page=" + page).object();
            assertEquals(total, body.getInt("totalItems"));
            assertEquals(pages, body.getInt("totalPages"));
            assertEquals(page, body.getInt("page"));
            assertEquals(7, body.getInt("size"));
            int expected = page < pages - 1 ? 7 : total - 7 * (pages - 1);
            assertEquals(expected, body.getJsonArray("items").size());
            body.getJsonArray("items").forEach(m -> assertTrue(seen.add(m.asJsonObject().getString("movieId"))));
        }
        assertEquals(total, seen.size());
    }

    @Test
    void moviesDefaultToTwentyPerPageNewestReleaseFirst() {
        JsonObject body = Api.get("/api/movies").object();
        assertEquals(20, body.getInt("size"));
        assertEquals(0, body.getInt("page"));
        List<String> dates = new ArrayList<>();
        body.getJsonArray("items").forEach(m -> dates.add(m.asJsonObject().getString("releaseDate")));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
    }

    @Test
    void aPagePastTheEndIsEmptyButKeepsTheTotals() {
        JsonObject body = Api.get("/api/movies?page=1000000&size=100&language=tamil").object();
        assertEquals(0, body.getJsonArray("items").size());
        assertEquals(5, body.getInt("totalItems"));
        assertEquals(1, body.getInt("totalPages"));
    }

    @ParameterizedTest
    @CsvSource({"size=0,size", "size=101,size", "page=-1,page", "page=abc,page", "size=1.5,size",
            "size=99999999999,size"})
    void badPagingIsRejectedNamingTheField(String query, String field) {
        Reply reply = Api.get("/api/movies?" + query);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("VALIDATION_FAILED", reply.errorCode());
        assertTrue(reply.object().getJsonObject("error").getJsonObject("details").containsKey(field), reply.body());
    }

    @Test
    void everyMovieHasTheContractFields() {
        JsonObject movie = Api.get("/api/movies?q=orbit%20zero").object().getJsonArray("items").getJsonObject(0);
        assertEquals("Orbit Zero", movie.getString("title"));
        assertEquals("English", movie.getString("language"));
        assertEquals("IMAX 3D", movie.getString("format"));
        assertEquals(141, movie.getInt("durationMins"));
        assertEquals("UA", movie.getString("ageRating"));
        assertEquals("2026-11-20", movie.getString("releaseDate"));
        assertEquals(new BigDecimal("8.9"), movie.getJsonNumber("rating").bigDecimalValue());
        assertEquals(List.of("Sci-Fi", "Thriller"), strings(movie.getJsonArray("genres")));
        assertTrue(movie.getString("thumbnailUrl").endsWith("/poster"));
        assertFalse(movie.getString("about").isBlank());
    }

    @Test
    void languageGenreAndFormatFiltersIgnoreCase() {
        for (JsonValue m : items("/api/movies?language=tAMIL&size=100")) {
            assertEquals("tamil", m.asJsonObject().getString("language").toLowerCase(Locale.ROOT));
        }
        assertEquals(5, total("/api/movies?language=tAMIL"));
        assertEquals(7, total("/api/movies?genre=ACTION"));
        for (JsonValue m : items("/api/movies?genre=ACTION")) {
            assertTrue(strings(m.asJsonObject().getJsonArray("genres")).contains("Action"));
        }
        assertEquals(3, total("/api/movies?format=imax%203d"));
        assertEquals(2, total("/api/movies?language=hindi&genre=thriller"));
        assertEquals(0, total("/api/movies?genre=western"));
    }

    @Test
    void searchMatchesInsideTitlesAndTreatsWildcardsLiterally() {
        assertEquals(4, total("/api/movies?q=" + enc("the ")));
        assertEquals(1, total("/api/movies?q=MONSOON"));
        assertEquals(0, total("/api/movies?q=%25"));
        assertEquals(0, total("/api/movies?q=_"));
        assertEquals(1, total("/api/movies?q=" + enc("chai and")));
        assertEquals(total("/api/movies"), total("/api/movies?q=%20%20"));
    }

    @Test
    void cityFilterKeepsMoviesWithUpcomingShowsThere() {
        for (String city : List.of("Mumbai", "bengaluru")) {
            List<JsonValue> movies = items("/api/movies?size=100&city=" + city);
            assertFalse(movies.isEmpty());
            for (JsonValue movie : movies) {
                String id = movie.asJsonObject().getString("movieId");
                assertFalse(Api.get("/api/movies/" + id + "/shows?city=" + city).array().isEmpty(), city + " " + id);
            }
        }
        assertEquals(0, total("/api/movies?city=Atlantis"));
    }

    @Test
    void overlongFiltersAreRejected() {
        Reply reply = Api.get("/api/movies?q=" + "x".repeat(101));
        assertEquals(400, reply.status());
        assertEquals("VALIDATION_FAILED", reply.errorCode());
    }

    @Test
    void movieDetailAndItsMissingCases() {
        String id = firstMovieId();
        Reply reply = Api.get("/api/movies/" + id);
        assertEquals(200, reply.status());
        assertEquals(id, reply.object().getString("movieId"));

        Reply unknown = Api.get("/api/movies/00000000-0000-0000-0000-000000000000");
        assertEquals(404, unknown.status());
        assertEquals("NOT_FOUND", unknown.errorCode());
        assertEquals(404, Api.get("/api/movies/not-a-uuid").status());
        assertEquals(404, Api.get("/api/movies/" + enc("'; DROP TABLE movies; --")).status());
    }

    @Test
    void aMoviesShowsAreUpcomingScheduledAndInStartOrder() {
        String id = firstMovieId();
        List<JsonValue> shows = Api.get("/api/movies/" + id + "/shows").array();
        assertFalse(shows.isEmpty());
        Instant previous = Instant.MIN;
        for (JsonValue value : shows) {
            JsonObject show = value.asJsonObject();
            Instant start = Instant.parse(show.getString("startTime"));
            assertTrue(start.isAfter(Instant.now().minusSeconds(5)));
            assertFalse(start.isBefore(previous));
            previous = start;
            assertEquals("SCHEDULED", show.getString("status"));
            assertEquals(id, show.getString("movieId"));
        }
    }

    @Test
    void showsFilterByCityAndLocalDate() {
        String id = firstMovieId();
        List<JsonValue> all = Api.get("/api/movies/" + id + "/shows").array();
        JsonObject sample = all.get(all.size() / 2).asJsonObject();
        String city = sample.getJsonObject("theatre").getString("city");
        LocalDate date = Instant.parse(sample.getString("startTime")).atZone(INDIA).toLocalDate();

        List<JsonValue> inCity = Api.get("/api/movies/" + id + "/shows?city=" + city.toUpperCase(Locale.ROOT)).array();
        assertFalse(inCity.isEmpty());
        inCity.forEach(s -> assertEquals(city, s.asJsonObject().getJsonObject("theatre").getString("city")));

        List<JsonValue> onDate = Api.get("/api/movies/" + id + "/shows?date=" + date).array();
        assertFalse(onDate.isEmpty());
        onDate.forEach(s -> assertEquals(date,
                Instant.parse(s.asJsonObject().getString("startTime")).atZone(INDIA).toLocalDate()));
        long expected = all.stream()
                .filter(s -> Instant.parse(s.asJsonObject().getString("startTime")).atZone(INDIA).toLocalDate().equals(date))
                .count();
        assertEquals(expected, onDate.size());

        assertTrue(Api.get("/api/movies/" + id + "/shows?date=2001-01-01").array().isEmpty());
        assertTrue(Api.get("/api/movies/" + id + "/shows?city=Atlantis").array().isEmpty());
    }

    @Test
    void showsRejectABadDateAndAnUnknownMovie() {
        String id = firstMovieId();
        for (String date : List.of("2026-13-01", "tomorrow", "17-12-2026")) {
            Reply reply = Api.get("/api/movies/" + id + "/shows?date=" + date);
            assertEquals(400, reply.status(), date);
            assertTrue(reply.object().getJsonObject("error").getJsonObject("details").containsKey("date"));
        }
        assertEquals(404, Api.get("/api/movies/00000000-0000-0000-0000-000000000000/shows").status());
    }

    @Test
    void theatresListByCityWithScreensAndCapacity() {
        List<JsonValue> all = Api.get("/api/theatres").array();
        assertTrue(all.size() >= 12);
        List<JsonValue> mumbai = Api.get("/api/theatres?city=mUMBAI").array();
        assertEquals(3, mumbai.size());
        for (JsonValue value : mumbai) {
            JsonObject theatre = value.asJsonObject();
            assertEquals("Mumbai", theatre.getString("city"));
            assertEquals(2, theatre.getJsonArray("screens").size());
            for (JsonValue screen : theatre.getJsonArray("screens")) {
                assertTrue(screen.asJsonObject().getInt("capacity") > 0);
                assertNotNull(screen.asJsonObject().getString("screenId"));
            }
            assertNotNull(theatre.getJsonNumber("geoLat"));
            assertNotNull(theatre.getJsonNumber("geoLng"));
            assertTrue(theatre.containsKey("cancellationAvailable"));
        }
        assertTrue(Api.get("/api/theatres?city=Atlantis").array().isEmpty());
    }

    @Test
    void theatreDetailAndMissingTheatre() {
        JsonObject first = Api.get("/api/theatres").array().getJsonObject(0);
        JsonObject detail = Api.get("/api/theatres/" + first.getString("theatreId")).object();
        assertEquals(first, detail);
        assertEquals(404, Api.get("/api/theatres/00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, Api.get("/api/theatres/42").status());
    }

    @Test
    void showDetailCarriesTheatrePricesAndAvailability() {
        JsonObject listed = firstShow();
        JsonObject show = Api.get("/api/shows/" + listed.getString("showId")).object();
        assertEquals(listed, show);
        assertFalse(show.getJsonObject("theatre").containsKey("screens"));
        BigDecimal lowest = show.getJsonArray("prices").stream()
                .map(p -> p.asJsonObject().getJsonNumber("price").bigDecimalValue())
                .min(BigDecimal::compareTo).orElseThrow();
        assertEquals(0, lowest.compareTo(show.getJsonNumber("price").bigDecimalValue()));
        assertTrue(show.getJsonNumber("price").toString().matches("\\d+\\.\\d{2}"), show.toString());
        assertEquals(404, Api.get("/api/shows/00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    void seatMapHasRowsInOrderAislesAsGapsAndConsistentCounts() {
        JsonObject show = firstShow();
        JsonObject map = Api.get("/api/shows/" + show.getString("showId") + "/seatmap").object();
        assertEquals(show.getString("showId"), map.getString("showId"));
        int seats = 0;
        String previousRow = "";
        Set<String> categories = new HashSet<>();
        for (JsonValue rowValue : map.getJsonArray("rows")) {
            JsonObject row = rowValue.asJsonObject();
            String label = row.getString("row");
            assertTrue(label.length() > previousRow.length() || label.compareTo(previousRow) > 0);
            previousRow = label;
            int previousNumber = 0;
            for (JsonValue seatValue : row.getJsonArray("seats")) {
                JsonObject seat = seatValue.asJsonObject();
                assertEquals(label + seat.getInt("number"), seat.getString("seatId"));
                assertTrue(seat.getInt("number") > previousNumber);
                previousNumber = seat.getInt("number");
                assertEquals("AVAILABLE", seat.getString("status"));
                assertFalse(seat.getBoolean("heldByYou"));
                categories.add(seat.getString("category"));
                seats++;
            }
        }
        assertEquals(seats, map.getInt("availableCount"));
        assertEquals(0, map.getInt("heldCount"));
        assertEquals(0, map.getInt("bookedCount"));
        assertEquals(show.getInt("availableSeats"), seats);
        Set<String> priced = new HashSet<>();
        map.getJsonArray("categories").forEach(c -> priced.add(c.asJsonObject().getString("name")));
        assertEquals(categories, priced);
        assertEquals(404, Api.get("/api/shows/00000000-0000-0000-0000-000000000000/seatmap").status());
    }

    @Test
    void aStudioScreenHasItsCentreAisle() {
        JsonObject theatre = Api.get("/api/theatres?city=Delhi").array().stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").startsWith("Qutub")).findFirst().orElseThrow();
        String screenId = theatre.getJsonArray("screens").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("name").equals("Screen 1")).findFirst().orElseThrow().getString("screenId");
        JsonObject show = null;
        for (JsonValue movie : items("/api/movies?size=100&city=Delhi")) {
            for (JsonValue s : Api.get("/api/movies/" + movie.asJsonObject().getString("movieId") + "/shows?city=Delhi").array()) {
                if (s.asJsonObject().getString("screenId").equals(screenId)) {
                    show = s.asJsonObject();
                }
            }
        }
        assertNotNull(show, "the studio screen has upcoming shows");
        JsonObject rowA = Api.get("/api/shows/" + show.getString("showId") + "/seatmap").object()
                .getJsonArray("rows").getJsonObject(0);
        List<Integer> numbers = rowA.getJsonArray("seats").stream().map(s -> s.asJsonObject().getInt("number")).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 7, 8, 9, 10, 11), numbers);
    }

    @Test
    void posterIsAnSvgDrawnByTheService() {
        String id = firstMovieId();
        Reply reply = Api.get("/api/movies/" + id + "/poster");
        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(reply.body().startsWith("<svg"));
        assertTrue(reply.header("Cache-Control").contains("max-age"));
        assertEquals(404, Api.get("/api/movies/00000000-0000-0000-0000-000000000000/poster").status());
    }

    private static String firstMovieId() {
        return Api.get("/api/movies?size=1").object().getJsonArray("items").getJsonObject(0).getString("movieId");
    }

    private static JsonObject firstShow() {
        return Api.get("/api/movies/" + firstMovieId() + "/shows").array().getJsonObject(0);
    }

    private static List<JsonValue> items(String path) {
        return Api.get(path).object().getJsonArray("items");
    }

    private static int total(String path) {
        Reply reply = Api.get(path);
        assertEquals(200, reply.status(), reply.body());
        return reply.object().getInt("totalItems");
    }

    private static List<String> strings(List<JsonValue> values) {
        return values.stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
