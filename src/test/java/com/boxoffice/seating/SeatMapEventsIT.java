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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

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
    void anUnknownShowHasNoStream() {
        assertEquals(404, Api.get("/api/shows/" + UUID.randomUUID() + "/seatmap/events").status());
    }

    /** The lines of an event stream, read in the background. */
    private static final class Stream implements AutoCloseable {

        private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
        private final CompletableFuture<?> reading;
        private final StringBuilder event = new StringBuilder();

        private Stream(String show) {
            reading = CLIENT.sendAsync(HttpRequest.newBuilder(java.net.URI.create(Api.baseUrl() + "/api/shows/" + show
                    + "/seatmap/events")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().forEach(this::line));
        }

        static Stream open(String show) {
            return new Stream(show);
        }

        private void line(String line) {
            if (line.isEmpty()) {
                if (event.length() == 0) {
                    return; // a keep-alive blank line, not an event
                }
                events.add(event.toString().replace(" ", ""));
                event.setLength(0);
            } else {
                event.append(line).append('\n');
            }
        }

        String next() throws InterruptedException {
            String next = events.poll(10, TimeUnit.SECONDS);
            assertTrue(next != null, "an event within 10 s");
            return next;
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
            reading.cancel(true);
        }
    }
}
