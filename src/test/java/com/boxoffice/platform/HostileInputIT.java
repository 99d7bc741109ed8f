package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A corpus of well over 500 malformed and hostile requests against every writing endpoint and the reads
 * with parameters: broken and wrongly typed JSON, each field missing, null, of the wrong type, oversized,
 * injected; bad ids in paths and queries; forged, expired and unsigned tokens; wrong content types and
 * methods. None may be answered with a 5xx or leak internals, every refusal is the contract's error
 * envelope, and nothing is written except by the requests that were accepted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String LONG = "x".repeat(20_000);
    /** Field values that no field accepts as they are, or that must be stored as harmless text. */
    private static final List<String> HOSTILE_VALUES = List.of("null", "123", "-1", "0.5", "1e309", "true", "[]", "{}",
            "\"\"", "\" \"", json(LONG), json("' OR '1'='1' --"), json("<script>alert(1)</script>"), json("\u0000"),
            json("../../../../etc/passwd"), "\"\\ud800\"", json("😀🎬"), json("${jndi:ldap://x/a}"),
            "[" + "[".repeat(50) + "]".repeat(50) + "]", "9999999999999999999999999999");
    private static final List<String> BROKEN_BODIES = List.of("", " ", "null", "[]", "{", "}", "{\"a\":", "{]",
            "true", "123", "\"text\"", "{\"a\": 1,}", "{'single': 'quotes'}", "{\"a\": NaN}", "\u0000\u0001\u0002",
            "[".repeat(20_000), "{\"a\":".repeat(5_000), "<xml/>", "a=1&b=2", "{\"x\": \"" + LONG + LONG + "\"}",
            "\uFEFF{}", "{\"a\": 1} {\"b\": 2}");

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private final Map<String, Integer> accepted = new TreeMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    /** The customers, show, hold and order every group of requests aims at, made once. */
    private record Targets(SignedIn admin, List<SignedIn> attackers, String show, String holdId, String orderId) {
        SignedIn attacker() {
            return attackers.get(0);
        }
    }

    private static Targets targets;

    private static synchronized Targets targets() {
        if (targets == null) {
            List<SignedIn> attackers = List.of(Users.newUser(), Users.newUser(), Users.newUser(), Users.newUser());
            String show = Shows.fresh();
            String holdId = Purchases.heldOrFail(attackers.get(0), show, "H1");
            targets = new Targets(Users.admin(), attackers, show, holdId, Purchases.orderedOrFail(attackers.get(0), holdId));
        }
        return targets;
    }

    /** One group of the corpus per case, so that every group's faults are reported, not only the first's. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"register", "login", "hold", "change", "order", "pay", "movie", "show", "check-in",
            "seat lists", "ids in paths", "query parameters", "tokens", "content types, methods and headers"})
    void noHostileRequestGetsA5xxLeaksInternalsOrWritesHalfARow(String group) {
        Targets t = targets();
        Map<String, Long> before = rowCounts();
        switch (group) {
            case "register" -> mutate("POST", "/api/auth/register", null, fields("email", json("h@example.com"),
                    "password", json("long enough 1"), "name", json("H"), "phone", json("+91 98450 12345")));
            case "login" -> mutate("POST", "/api/auth/login", null,
                    fields("email", json(t.attacker().email()), "password", json("correct horse")));
            case "hold" -> {
                int i = 0;
                for (String body : mutations(fields("showId", json(t.show()), "seatIds", "[\"H2\"]"))) {
                    probe("POST", "/api/holds", t.attackers().get(i++ % t.attackers().size()).token(),
                            "application/json", body, "hold");
                }
            }
            case "change" -> mutate("PUT", "/api/holds/" + t.holdId(), t.attacker().token(), fields("seatIds", "[\"H3\"]"));
            case "order" -> mutate("POST", "/api/orders", t.attacker().token(), fields("holdId", json(t.holdId()),
                    "customer", "{\"name\": \"H\", \"email\": \"h@example.com\", \"phone\": \"+91 98450 12345\"}"));
            case "pay" -> mutate("POST", "/api/orders/" + t.orderId() + "/confirm-payment", t.attacker().token(),
                    fields("paymentMethod", json("CARD"), "paymentToken", json("tok_chargeDeclined")));
            case "movie" -> mutate("POST", "/api/admin/movies", t.admin().token(), fields("title", json("Hostile"),
                    "durationMins", "120", "language", json("Hindi"), "format", json("2D"), "genres", "[\"Drama\"]",
                    "rating", "7.5", "releaseDate", json("2026-01-01"), "thumbnailUrl", json("https://example.com/p.png")));
            case "show" -> mutate("POST", "/api/admin/shows", t.admin().token(), fields("movieId",
                    json(UUID.randomUUID().toString()), "screenId", json(UUID.randomUUID().toString()), "startTime",
                    json("2030-01-01T10:00:00Z"), "prices", "{\"CLASSIC\": 200}"));
            case "check-in" -> mutate("POST", "/api/admin/tickets/check-in", t.admin().token(),
                    fields("code", json("NOTACODE")));
            case "seat lists" -> seatLists(t);
            case "ids in paths" -> badIds(t.attacker(), t.admin());
            case "query parameters" -> badQueries(t.admin());
            case "tokens" -> badTokens(t.show(), t.attackers().get(1).token());
            case "content types, methods and headers" -> badEnvelopes(t.attacker(), t.show());
            default -> throw new IllegalArgumentException(group);
        }

        assertTrue(sent >= 20, "only " + sent + " hostile requests");
        assertEquals(List.of(), failures, "statuses seen: " + statuses);
        Map<String, Long> after = rowCounts();
        assertEquals(before.get("users") + accepted.getOrDefault("register", 0), after.get("users"), "users written");
        assertEquals(before.get("holds") + accepted.getOrDefault("hold", 0), after.get("holds"), "holds written");
        assertEquals(before.get("orders") + accepted.getOrDefault("order", 0), after.get("orders"), "orders written");
        assertEquals(before.get("movies") + accepted.getOrDefault("movie", 0), after.get("movies"), "movies written");
        assertEquals(before.get("shows"), after.get("shows"), "no show was created for an unknown movie and screen");
        assertEquals(before.get("sold"), after.get("sold"), "nothing was sold");
        assertEquals(0, Database.count("SELECT count(*) FROM sandbox_charges WHERE status = 'CAPTURED'"
                + " AND charge_key IN (SELECT gateway_key FROM payments WHERE order_id = ?::uuid)", t.orderId()));
    }

    private void seatLists(Targets t) {
        int i = 0;
        for (String seats : List.of("[null]", "[[]]", "[\"\"]", "[\"A1\", \"A1\"]", "[\"" + "A1".repeat(500) + "\"]",
                seatList(11), seatList(1000), "[\"a1\"]", "[\"Z99\"]", "[\" A1\"]", "[1, 2]")) {
            probe("POST", "/api/holds", t.attackers().get(i++ % t.attackers().size()).token(), "application/json",
                    "{\"showId\": " + json(t.show()) + ", \"seatIds\": " + seats + "}", "hold");
            probe("PUT", "/api/holds/" + t.holdId(), t.attacker().token(), "application/json",
                    "{\"seatIds\": " + seats + "}", "change");
        }
    }

    private void mutate(String method, String path, String token, Map<String, String> valid) {
        String kind = path.contains("register") ? "register" : path.contains("login") ? "login"
                : path.equals("/api/orders") ? "order" : path.contains("movies") ? "movie" : method + " " + path;
        for (String body : mutations(valid)) {
            probe(method, path, token, "application/json", body, kind);
        }
    }

    /** Broken bodies, then each field missing, and each field set to every hostile value. */
    private static List<String> mutations(Map<String, String> valid) {
        List<String> bodies = new ArrayList<>(BROKEN_BODIES);
        for (String field : valid.keySet()) {
            Map<String, String> without = new LinkedHashMap<>(valid);
            without.remove(field);
            bodies.add(object(without));
            for (String value : HOSTILE_VALUES) {
                Map<String, String> changed = new LinkedHashMap<>(valid);
                changed.put(field, value);
                bodies.add(object(changed));
            }
        }
        Map<String, String> extra = new LinkedHashMap<>(valid);
        extra.put("__proto__", "{\"admin\": true}");
        extra.put("roles", "[\"admin\"]");
        bodies.add(object(extra));
        return bodies;
    }

    private void badIds(SignedIn attacker, SignedIn admin) {
        List<String> ids = List.of("nope", "..%2F..%2Fetc%2Fpasswd", "%00", "'%20OR%201=1--", "00000000-0000-0000-0000-000000000000",
                UUID.randomUUID().toString(), "A".repeat(5000), "%F0%9F%98%80", "1;DROP%20TABLE%20shows", "%3Cscript%3E",
                UUID.randomUUID().toString().toUpperCase(), "%7Bid%7D", "-1", "0x10");
        for (String id : ids) {
            probe("GET", "/api/movies/" + id, null, null, null, "read");
            probe("GET", "/api/movies/" + id + "/shows", null, null, null, "read");
            probe("GET", "/api/theatres/" + id, null, null, null, "read");
            probe("GET", "/api/shows/" + id, null, null, null, "read");
            probe("GET", "/api/shows/" + id + "/seatmap", attacker.token(), null, null, "read");
            probe("GET", "/api/holds/" + id, attacker.token(), null, null, "read");
            probe("DELETE", "/api/holds/" + id, attacker.token(), null, null, "release");
            probe("GET", "/api/orders/" + id, attacker.token(), null, null, "read");
            probe("POST", "/api/orders/" + id + "/cancel", attacker.token(), null, null, "cancel");
            probe("GET", "/api/orders/" + id + "/tickets/" + id + "/qr", attacker.token(), null, null, "read");
            probe("POST", "/api/admin/shows/" + id + "/cancel", admin.token(), null, null, "show cancel");
            probe("POST", "/api/admin/notifications/" + id + "/retry", admin.token(), null, null, "retry");
        }
    }

    private void badQueries(SignedIn admin) {
        List<String> values = List.of("-1", "abc", "99999999999999999999", "1.5", "", "%00", "'%20OR%201=1--",
                URLEncoder.encode("<script>", StandardCharsets.UTF_8), "2026-13-45", "A".repeat(3000));
        for (String v : values) {
            probe("GET", "/api/movies?page=" + v, null, null, null, "read");
            probe("GET", "/api/movies?size=" + v, null, null, null, "read");
            probe("GET", "/api/movies?city=" + v + "&q=" + v + "&language=" + v + "&genre=" + v + "&format=" + v, null, null, null, "read");
            probe("GET", "/api/theatres?city=" + v, null, null, null, "read");
            probe("GET", "/api/movies/" + UUID.randomUUID() + "/shows?date=" + v, null, null, null, "read");
            probe("GET", "/api/admin/notifications?status=" + v, admin.token(), null, null, "read");
        }
    }

    private void badTokens(String show, String real) {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = b64("{\"sub\":\"" + UUID.randomUUID() + "\",\"upn\":\"x@example.com\",\"groups\":[\"admin\",\"user\"],"
                + "\"iss\":\"boxoffice\",\"exp\":4102444800}");
        String[] parts = real.split("\\.");
        List<String> tokens = List.of(header + "." + claims + ".", header + "." + claims + "." + parts[2],
                parts[0] + "." + claims + "." + parts[2], real.substring(0, real.length() - 4) + "AAAA", "garbage",
                "a.b.c", "...", LONG.substring(0, 6000), real + " " + real, "null");
        for (String token : tokens) {
            probe("GET", "/api/auth/me", token, null, null, "auth");
            probe("POST", "/api/holds", token, "application/json", "{\"showId\": " + json(show) + ", \"seatIds\": [\"J1\"]}", "hold");
            probe("POST", "/api/admin/movies", token, "application/json", "{}", "movie");
            probe("GET", "/api/orders", token, null, null, "auth");
        }
        for (String scheme : List.of("Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer  ", "bearer " + real.substring(1), "Token " + real)) {
            sendRaw("GET", "/api/auth/me", Map.of("Authorization", scheme), null, "auth");
        }
    }

    private void badEnvelopes(SignedIn attacker, String show) {
        String body = "{\"showId\": " + json(show) + ", \"seatIds\": [\"J2\"]}";
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "application/json; charset=nonsense",
                "*/*", "application/javascript")) {
            probe("POST", "/api/holds", attacker.token(), type, body, "hold");
            probe("POST", "/api/auth/login", null, type, "{\"email\": \"a@b.c\", \"password\": \"x\"}", "login");
        }
        probe("POST", "/api/holds", attacker.token(), null, body, "hold");
        for (String method : List.of("PATCH", "OPTIONS", "HEAD", "PUT", "DELETE", "TRACE", "FOO")) {
            probe(method, "/api/holds", attacker.token(), "application/json", method.equals("HEAD") ? null : body, "method");
            probe(method, "/api/orders/" + UUID.randomUUID() + "/confirm-payment", attacker.token(), "application/json",
                    method.equals("HEAD") ? null : "{}", "method");
        }
        for (Map<String, String> headers : List.of(Map.of("Accept", "application/xml"), Map.of("Accept", "image/png"),
                Map.of("Idempotency-Key", LONG.substring(0, 4000)), Map.of("Idempotency-Key", " "),
                Map.of("X-Request-Id", "<script>" + LONG.substring(0, 300)), Map.of("X-Forwarded-For", "not-an-address"),
                Map.of("Content-Length-Extra", LONG.substring(0, 7000)))) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Authorization", "Bearer " + attacker.token());
            all.put("Content-Type", "application/json");
            sendRaw("POST", "/api/holds", all, body, "hold");
        }
    }

    private void probe(String method, String path, String token, String contentType, String body, String kind) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        sendRaw(method, path, headers, body, kind);
    }

    private void sendRaw(String method, String path, Map<String, String> headers, String body, String kind) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        Reply reply = Api.send(request.build());
        sent++;
        statuses.merge(reply.status(), 1, Integer::sum);
        String what = method + " " + abbreviate(path) + " " + abbreviate(body) + " → " + reply.status() + " " + abbreviate(reply.body());
        // a NUL in the path is refused by the web container itself, before any application code, with its own 400 page
        boolean refusedByContainer = reply.status() == 400 && path.contains("%00");
        if (reply.status() >= 500) {
            failures.add(what);
        } else if (reply.status() >= 400 && !method.equals("HEAD") && !refusedByContainer
                && !reply.body().startsWith("{\"error\":{\"code\":")) {
            failures.add("not the error envelope: " + what);
        } else if (reply.status() < 300 && reply.status() != 200 && reply.status() != 204 && reply.status() != 201) {
            failures.add("unexpected: " + what);
        }
        String lower = reply.body().toLowerCase();
        if (lower.contains("exception") || lower.contains("org.postgresql") || lower.contains("sqlstate")
                || lower.contains("\tat ") || lower.contains("eclipselink")) {
            failures.add("internals leaked: " + what);
        }
        if (reply.status() == 201) {
            accepted.merge(kind, 1, Integer::sum);
        }
    }

    private static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("users", Database.count("SELECT count(*) FROM users"));
        counts.put("holds", Database.count("SELECT count(*) FROM holds"));
        counts.put("orders", Database.count("SELECT count(*) FROM orders"));
        counts.put("movies", Database.count("SELECT count(*) FROM movies"));
        counts.put("shows", Database.count("SELECT count(*) FROM shows"));
        counts.put("sold", Database.count("SELECT count(*) FROM sold_seats"));
        return counts;
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    private static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? ", " : "").append(json(k)).append(": ").append(v));
        return json.append('}').toString();
    }

    private static String seatList(int n) {
        List<String> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seats.add(json("A" + (i + 1)));
        }
        return "[" + String.join(", ", seats) + "]";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
