package com.boxoffice.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The seat map's event stream: holds, releases and sales reach an open stream within about a second. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SeatMapEventsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @AfterEach
    void redisBack() {
        Backends.useRedis();
    }

    @Test
    void holdsReleasesAndSalesArriveOnAnOpenStream() throws Exception {
        String show = Shows.fresh();
        try (Stream stream = Stream.open(show)) {
            String first = stream.next();
            assertTrue(first.contains("event:ready"), "ready first: " + first);
            SignedIn alice = Users.newUser();
            String hold = Purchases.heldOrFail(alice, show, "C4", "C5");
            stream.await("\"seatId\":\"C4\",\"status\":\"HELD\"");
            assertEquals(204, Users.as(alice, "DELETE", "/api/holds/" + hold, null).status());
            stream.await("\"seatId\":\"C5\",\"status\":\"AVAILABLE\"");
            Purchases.buy(alice, show, "D1");
            stream.await("\"seatId\":\"D1\",\"status\":\"BOOKED\"");
        }
    }

    @Test
    void withRedisUnreachableTheStreamStillHearsOfChanges() throws Exception {
        String show = Shows.fresh();
        Backends.useDatabase();
        try (Stream stream = Stream.open(show)) {
            stream.next();
            Purchases.heldOrFail(Users.newUser(), show, "E7");
            stream.await("\"seatId\":\"E7\",\"status\":\"HELD\"");
        }
    }

    @Test
    void viewersComeAndGoWithoutEndingAnyoneElsesStream() throws Exception {
        String show = Shows.fresh();
        SignedIn alice = Users.newUser();
        try (Stream stays = Stream.open(show); Stream other = Stream.open(show)) {
            stays.next();
            other.next();
            for (int round = 0; round < 3; round++) {
                Stream passing = Stream.open(show);
                passing.next();
                passing.close(); // leaves: noticed by the next write to it, a change or a keep-alive
                Purchases.heldOrFail(alice, show, "B" + (round + 1));
                stays.await("\"seatId\":\"B" + (round + 1) + "\",\"status\":\"HELD\"");
            }
            other.close();
            Thread.sleep(2500); // a keep-alive later, the server has seen both leave
            Purchases.heldOrFail(Users.newUser(), show, "C9");
            stays.await("\"seatId\":\"C9\",\"status\":\"HELD\"");
            try (Stream late = Stream.open(show)) {
                late.next();
                Purchases.heldOrFail(Users.newUser(), show, "C10");
                late.await("\"seatId\":\"C10\",\"status\":\"HELD\"");
                stays.await("\"seatId\":\"C10\",\"status\":\"HELD\"");
            }
        }
    }

    @Test
    void anIdleStreamGetsAKeepAliveComment() throws Exception {
        try (Stream stream = Stream.open(Shows.anyDemoShow())) {
            stream.next();
            stream.awaitComment(); // every 2 s in the tests, 15 s by default
        }
    }

    @Test
    void streamsAreCappedPerClientAndFreedWhenTheyClose() throws Exception {
        String show = Shows.anyDemoShow();
        String client = Users.randomAddress();
        java.util.List<Stream> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) { // BOXOFFICE_SEATMAP_MAX_STREAMS_PER_CLIENT in the tests
                Stream stream = Stream.open(show, client);
                stream.next();
                open.add(stream);
            }
            Api.Reply refused = Api.get("/api/shows/" + show + "/seatmap/events", java.util.Map.of(
                    "Accept", "text/event-stream", "X-Forwarded-For", client));
            assertEquals(429, refused.status(), refused.body());
            assertEquals("RATE_LIMITED", refused.errorCode());
            assertTrue(Integer.parseInt(refused.header("Retry-After")) > 0);
            try (Stream elsewhere = Stream.open(show, Users.randomAddress())) {
                assertTrue(elsewhere.next().contains("event:ready"), "other clients are not affected");
            }
            open.remove(0).close();
            long deadline = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            Stream again = null;
            while (again == null && System.nanoTime() < deadline) {
                Stream attempt = Stream.open(show, client);
                if (attempt.opened()) {
                    again = attempt;
                } else {
                    attempt.close();
                    Thread.sleep(500);
                }
            }
            assertTrue(again != null, "a closed stream's place is given back");
            open.add(again);
        } finally {
            open.forEach(Stream::close);
        }
    }

    @Test
    void anUnknownShowHasNoStream() {
        assertEquals(404, Api.get("/api/shows/" + UUID.randomUUID() + "/seatmap/events").status());
    }

    /** The lines of an event stream, read in the background; closing it closes the connection. */
    private static final class Stream implements AutoCloseable {

        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<InputStream>> response;
        private final StringBuilder event = new StringBuilder();

        private Stream(String show, String client) {
            HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(Api.baseUrl() + "/api/shows/" + show
                    + "/seatmap/events")).header("Accept", "text/event-stream");
            if (client != null) {
                request.header("X-Forwarded-For", client);
            }
            response = CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.thenAcceptAsync(answer -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        line(line);
                    }
                } catch (IOException e) {
                    // closed
                }
            });
        }

        static Stream open(String show) {
            return new Stream(show, null);
        }

        static Stream open(String show, String client) {
            return new Stream(show, client);
        }

        /** Whether the server answered with a stream (not a refusal). */
        boolean opened() throws Exception {
            return response.get(10, TimeUnit.SECONDS).statusCode() == 200;
        }

        private void line(String line) {
            if (line.startsWith(":")) {
                comments.add(line);
            } else if (line.isEmpty()) {
                if (event.length() > 0) {
                    events.add(event.toString().replace(" ", ""));
                    event.setLength(0);
                }
            } else {
                event.append(line).append('\n');
            }
        }

        String next() throws InterruptedException {
            String next = events.poll(10, TimeUnit.SECONDS);
            assertTrue(next != null, "an event within 10 s");
            return next;
        }

        void awaitComment() throws InterruptedException {
            assertTrue(comments.poll(10, TimeUnit.SECONDS) != null, "a comment line within 10 s");
        }

        /** Waits (at most 3 s: the promise is about a second) for an event containing the text. */
        void await(String text) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < deadline) {
                String next = events.poll(100, TimeUnit.MILLISECONDS);
                if (next != null && next.contains(text)) {
                    return;
                }
            }
            throw new AssertionError("no event with " + text + " within 3 s");
        }

        @Override
        public void close() {
            response.cancel(true);
            try {
                if (response.isDone() && !response.isCompletedExceptionally() && !response.isCancelled()) {
                    response.join().body().close();
                }
            } catch (IOException e) {
                // closed already
            }
        }
    }
}
