package com.boxoffice.support;

import com.boxoffice.ordering.boundary.CustomerDetails;
import com.boxoffice.ordering.boundary.OrderRequest;
import com.boxoffice.ordering.boundary.OrderView;
import com.boxoffice.ordering.boundary.PaymentRequest;
import com.boxoffice.seating.boundary.HoldChangeRequest;
import com.boxoffice.seating.boundary.HoldRequest;
import com.boxoffice.seating.boundary.HoldView;
import com.boxoffice.seating.boundary.SeatMapView;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The booking API through the service's own request and response records, as a typed client of the
 * contract calls it: a request that is not answered with the expected status throws {@link Refused}.
 */
public final class BoxofficeClient {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** An answer other than the one expected, with the contract's error code when there is one. */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final String code;
        private final transient Api.Reply reply;

        Refused(Api.Reply reply) {
            super(reply.status() + " " + reply.body());
            this.status = reply.status();
            this.code = reply.errorCode();
            this.reply = reply;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }

        public JsonObject details() {
            return reply.object().getJsonObject("error").getJsonObject("details");
        }
    }

    private final String token;

    private BoxofficeClient(String token) {
        this.token = token;
    }

    public static BoxofficeClient as(SignedIn user) {
        return new BoxofficeClient(user.token());
    }

    public static BoxofficeClient anonymous() {
        return new BoxofficeClient(null);
    }

    public HoldView hold(String showId, String... seats) {
        return call("POST", "/api/holds", new HoldRequest(showId, List.of(seats)), 201, HoldView.class, null);
    }

    public HoldView hold(UUID holdId) {
        return call("GET", "/api/holds/" + holdId, null, 200, HoldView.class, null);
    }

    public HoldView changeHold(UUID holdId, String... seats) {
        return call("PUT", "/api/holds/" + holdId, new HoldChangeRequest(List.of(seats)), 200, HoldView.class, null);
    }

    public void release(UUID holdId) {
        call("DELETE", "/api/holds/" + holdId, null, 204, Void.class, null);
    }

    public OrderView order(UUID holdId, CustomerDetails customer, String idempotencyKey) {
        return call("POST", "/api/orders", new OrderRequest(holdId.toString(), customer), 201, OrderView.class,
                idempotencyKey);
    }

    public OrderView order(UUID holdId) {
        return order(holdId, new CustomerDetails("Asha Rao", "asha@example.com", "+91 98450 12345"), null);
    }

    public OrderView pay(UUID orderId, String paymentToken, String idempotencyKey) {
        return call("POST", "/api/orders/" + orderId + "/confirm-payment", new PaymentRequest("CARD", paymentToken),
                200, OrderView.class, idempotencyKey);
    }

    public OrderView getOrder(UUID orderId) {
        return call("GET", "/api/orders/" + orderId, null, 200, OrderView.class, null);
    }

    public OrderView cancel(UUID orderId) {
        return call("POST", "/api/orders/" + orderId + "/cancel", null, 200, OrderView.class, null);
    }

    public SeatMapView seatMap(String showId) {
        return call("GET", "/api/shows/" + showId + "/seatmap", null, 200, SeatMapView.class, null);
    }

    /** Hold, order and pay with an approved card: the confirmed order. */
    public OrderView buy(String showId, String... seats) {
        return pay(order(hold(showId, seats).holdId()).orderId(), "tok_visa", null);
    }

    private <T> T call(String method, String path, Object body, int expected, Class<T> answer, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.toJson(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        Api.Reply reply = Api.send(request.build());
        if (reply.status() != expected) {
            throw new Refused(reply);
        }
        return answer == Void.class ? null : JSON.fromJson(reply.body(), answer);
    }
}
