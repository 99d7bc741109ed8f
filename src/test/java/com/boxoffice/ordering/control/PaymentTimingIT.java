package com.boxoffice.ordering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.account.control.Accounts;
import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.ordering.entity.Customer;
import com.boxoffice.ordering.control.OrderDetails;
import com.boxoffice.ordering.control.PaymentMethod;
import com.boxoffice.ordering.gateway.PaymentGateways;
import com.boxoffice.ordering.gateway.SandboxGateway;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.seating.control.Hold;
import com.boxoffice.seating.control.Holds;
import com.boxoffice.seating.control.ShortHolds;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Shows;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, with a slow sandbox provider: a hold that runs out while its payment is in flight is
 * neither sold nor charged; the payment window keeps a hold that would otherwise run out; and a payment
 * left half-done (as by a server stopped mid-request) is given back by housekeeping.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentTimingIT {

    private static final PaymentMethod VISA = new PaymentMethod("CARD", "tok_visa");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(PaymentTimingIT.class, ShortHolds.class);
    }

    @Inject
    Holds holds;

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @Inject
    PaymentSteps steps;

    @Inject
    IdempotencyKeys keys;

    @Inject
    OrderHousekeeping housekeeping;

    @Inject
    SandboxGateway sandbox;

    @Inject
    PaymentGateways gateways;

    @Inject
    ShowCatalog shows;

    @Inject
    Accounts accounts;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private Duration usualLatency;
    private Caller caller;
    private ShowSeating show;
    private List<String> seats;

    @BeforeEach
    void customerShowAndSeats() throws Exception {
        usualLatency = sandbox.latency();
        String email = "timing-" + UUID.randomUUID() + "@example.com";
        caller = new Caller(accounts.register(email, "password1", "Timing", null).userId().toString(), email, Set.of("user"));
        show = shows.seating(Shows.untouched(dataSource));
        List<String> all = new ArrayList<>(show.layout().seats().stream().map(s -> s.seatId()).toList());
        Collections.shuffle(all);
        seats = all.subList(0, 2);
    }

    @AfterEach
    void usualTiming() {
        sandbox.latency(usualLatency);
        checkout.paymentWindow(Duration.ofSeconds(60));
    }

    @Test
    void aHoldRunningOutDuringThePaymentIsNeitherSoldNorCharged() throws Exception {
        checkout.paymentWindow(Duration.ofSeconds(1));
        sandbox.latency(Duration.ofMillis(3500)); // past the hold's end (2 s, rounded up to a whole second)
        OrderDetails order = order(Duration.ofSeconds(2));

        ApiException refused = assertThrows(ApiException.class, () -> checkout.confirm(caller, order.orderId(), VISA));
        assertEquals("HOLD_EXPIRED", refused.code());
        assertEquals("EXPIRED", orders.get(caller, order.orderId()).status().name());
        assertEquals(List.of("VOIDED"), sandboxStates(order.orderId()), "reserved, never taken, released");
        assertEquals(0, count("SELECT count(*) FROM sold_seats WHERE order_id = ?", order.orderId()));
    }

    @Test
    void thePaymentWindowKeepsAHoldThatWouldRunOut() throws Exception {
        sandbox.latency(Duration.ofMillis(1500));
        OrderDetails order = order(Duration.ofSeconds(1));

        OrderDetails paid = checkout.confirm(caller, order.orderId(), VISA);
        assertEquals("CONFIRMED", paid.status().name());
        assertEquals(List.of("CAPTURED"), sandboxStates(order.orderId()));
        assertEquals(2, count("SELECT count(*) FROM sold_seats WHERE order_id = ? AND released_at IS NULL", order.orderId()));
    }

    @Test
    void aPaymentLeftHalfDoneIsGivenBack() throws Exception {
        OrderDetails order = order(Duration.ofSeconds(300));
        PaymentSteps.Started started = (PaymentSteps.Started) steps.start(caller, order.orderId(), VISA, Duration.ofSeconds(60), RequestKey.none());
        gateways.current().authorize(started.charge());
        gateways.current().capture(started.charge().key(), null);
        // the server "stopped" here; its payment window then passes
        update("UPDATE orders SET paying_until = now() - interval '1 second' WHERE order_id = ?", order.orderId());

        housekeeping.run();
        assertEquals(List.of("REFUNDED"), sandboxStates(order.orderId()));
        assertEquals(1, count("SELECT count(*) FROM payments WHERE order_id = ? AND status = 'REFUNDED'", order.orderId()));
        assertEquals("CONFIRMED", checkout.confirm(caller, order.orderId(), VISA).status().name(), "and the order may be paid again");
    }

    @Test
    void aClientFrozenPastItsHoldsEndCannotPayAndIsNotCharged() throws Exception {
        OrderDetails order = order(Duration.ofSeconds(1));
        Thread.sleep(2_500); // the customer's phone slept; the hold's 1 s (rounded up to 2 s at most) ran out

        ApiException refused = assertThrows(ApiException.class, () -> checkout.confirm(caller, order.orderId(), VISA));
        assertEquals("HOLD_EXPIRED", refused.code());
        assertEquals("EXPIRED", orders.get(caller, order.orderId()).status().name());
        assertEquals(List.of(), sandboxStates(order.orderId()), "the provider never heard of it");
        assertEquals(0, count("SELECT count(*) FROM sold_seats WHERE order_id = ?", order.orderId()));
        assertEquals(seats, ShortHolds.create(holds, anotherCustomer(), show.showId(), seats, Duration.ofSeconds(60)).seatIds(),
                "its seats are for sale again");
    }

    /**
     * Confirmations started ever closer to, and past, the moment the hold runs out: each ends either sold and
     * charged once, or expired with nothing charged and the seats free — never charged without the seats.
     */
    @Test
    void confirmationsRacingTheHoldsEndAreSoldAndChargedOrNeither() throws Exception {
        sandbox.latency(Duration.ofMillis(200));
        int sold = 0;
        int expired = 0;
        for (int i = 0; i < 12; i++) {
            customerShowAndSeats();
            OrderDetails order = order(Duration.ofSeconds(1));
            Thread.sleep(600 + 200L * i);
            String outcome;
            try {
                outcome = checkout.confirm(caller, order.orderId(), VISA).status().name();
            } catch (ApiException e) {
                outcome = e.code();
            }
            long soldSeats = count("SELECT count(*) FROM sold_seats WHERE order_id = ? AND released_at IS NULL", order.orderId());
            List<String> charges = sandboxStates(order.orderId());
            if (outcome.equals("CONFIRMED")) {
                sold++;
                assertEquals(2, soldSeats);
                assertEquals(List.of("CAPTURED"), charges);
            } else {
                expired++;
                assertEquals("HOLD_EXPIRED", outcome);
                assertEquals("EXPIRED", orders.get(caller, order.orderId()).status().name());
                assertEquals(0, soldSeats);
                assertTrue(charges.stream().noneMatch("CAPTURED"::equals), "charged for nothing: " + charges);
            }
        }
        assertTrue(sold > 0 && expired > 0, "the sweep crossed the hold's end: " + sold + " sold, " + expired + " expired");
    }

    /**
     * A second confirm of an order whose payment runs waits for it (woken by its end, not by polling) and answers
     * the confirmed order; no second payment starts. With the running request's Idempotency-Key it replays that
     * request's stored answer; with a different request under that key it is refused at once.
     */
    @Test
    void aSecondConfirmWaitsForTheRunningPaymentAndAnswersAsItDid() throws Exception {
        sandbox.latency(Duration.ofMillis(700));
        OrderDetails order = order(Duration.ofSeconds(60));
        UUID user = UUID.fromString(caller.userId());
        String key = "pay-" + UUID.randomUUID();
        RequestKey<OrderDetails> first = keys.requestKey(user, key, "confirm " + order.orderId(), Duration.ofSeconds(5),
                paid -> paid.orderId().toString());
        var running = executor.supplyAsync(() -> checkout.confirm(caller, order.orderId(), VISA, first));
        Thread.sleep(300); // the first is with the provider now

        ApiException reused = assertThrows(ApiException.class, () -> checkout.confirm(caller, order.orderId(), VISA,
                keys.requestKey(user, key, "another request", Duration.ofSeconds(5), paid -> "")));
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.code());
        assertTrue(!running.isDone(), "refused without waiting");

        var withoutKey = executor.supplyAsync(() -> checkout.confirm(caller, order.orderId(), VISA));
        RequestKey.AnsweredBefore replayed = assertThrows(RequestKey.AnsweredBefore.class, () -> checkout.confirm(caller,
                order.orderId(), VISA, keys.requestKey(user, key, "confirm " + order.orderId(), Duration.ofSeconds(5),
                        paid -> paid.orderId().toString())));
        OrderDetails paid = running.get();
        assertEquals("CONFIRMED", paid.status().name());
        assertEquals(200, replayed.replay().status());
        assertEquals("\"" + order.orderId() + "\"", replayed.replay().body(), "the first request's answer");
        assertEquals(paid.paymentId(), withoutKey.get().paymentId(), "the order as the running payment confirmed it");
        assertEquals(1, count("SELECT count(*) FROM payments WHERE order_id = ?", order.orderId()), "one payment only");
    }

    /** A confirm that finds the payment still running at its deadline answers REQUEST_IN_PROGRESS, and nothing more happens. */
    @Test
    void aConfirmWaitingPastItsDeadlineIsToldTheRequestIsInProgress() throws Exception {
        sandbox.latency(Duration.ofMillis(3500)); // authorize and capture: 7 s, past the 5 s wait
        OrderDetails order = order(Duration.ofSeconds(60));
        var running = executor.supplyAsync(() -> checkout.confirm(caller, order.orderId(), VISA));
        Thread.sleep(300);
        ApiException busy = assertThrows(ApiException.class, () -> checkout.confirm(caller, order.orderId(), VISA));
        assertEquals("REQUEST_IN_PROGRESS", busy.code());
        assertTrue(!running.isDone(), "the deadline came before the payment ended");
        assertEquals("CONFIRMED", running.get().status().name());
        assertEquals(1, count("SELECT count(*) FROM payments WHERE order_id = ?", order.orderId()));
    }

    private Caller anotherCustomer() {
        String email = "timing-" + UUID.randomUUID() + "@example.com";
        return new Caller(accounts.register(email, "password1", "Other", null).userId().toString(), email, Set.of("user"));
    }

    private OrderDetails order(Duration holdLifetime) {
        Hold hold = ShortHolds.create(holds, caller, show.showId(), seats, holdLifetime);
        return orders.create(caller, hold.holdId(), new Customer("Timing", "timing@example.com", null));
    }

    private List<String> sandboxStates(UUID orderId) throws Exception {
        List<String> states = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT c.status"
                + " FROM sandbox_charges c JOIN payments p ON p.gateway_key = c.charge_key WHERE p.order_id = ?")) {
            s.setObject(1, orderId);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    states.add(rows.getString(1));
                }
            }
        }
        return states;
    }

    private long count(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void update(String sql, UUID id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
