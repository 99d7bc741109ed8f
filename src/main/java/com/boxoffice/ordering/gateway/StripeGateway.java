package com.boxoffice.ordering.gateway;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentIntentSearchParams;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stripe, through its Java SDK: a PaymentIntent per payment attempt, confirmed on the server with the payment
 * method Stripe.js made in the browser (card details never reach this service) and captured manually, so that
 * authorize / capture / release-or-refund map onto the port. Every call that moves money carries an idempotency
 * key derived from the attempt's key, so a call repeated after a timeout (here or on another instance) is
 * answered by Stripe as the first one was. The intent carries the attempt's key in its metadata, which is how
 * a webhook or a lookup finds it again.
 */
@ApplicationScoped
public class StripeGateway implements PaymentGateway {

    private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());
    static final String KEY = "boxoffice_key";

    @Inject
    @ConfigProperty(name = "boxoffice.stripe.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "boxoffice.stripe.webhook-secret")
    Optional<String> webhookSecret;

    @Inject
    @ConfigProperty(name = "boxoffice.stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;

    @Inject
    @ConfigProperty(name = "boxoffice.stripe.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    private volatile StripeClient client;
    /** Intents this instance made, by attempt key: no search for the capture that follows an authorization. */
    private final Map<String, String> intents = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public void checkConfigured(boolean production) {
        if (secretKey.filter(key -> !key.isBlank()).isEmpty()) {
            throw new IllegalStateException("BOXOFFICE_PAYMENT_PROVIDER=stripe needs BOXOFFICE_STRIPE_SECRET_KEY");
        }
        if (production && !secretKey.get().startsWith("sk_live_") && !secretKey.get().startsWith("rk_live_")) {
            throw new IllegalStateException("BOXOFFICE_ENV=production needs a live Stripe key (sk_live_...): a test"
                    + " key takes test cards");
        }
        if (production && webhookSecret.filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("BOXOFFICE_ENV=production needs BOXOFFICE_STRIPE_WEBHOOK_SECRET: a payment"
                    + " known only by Stripe's webhook would otherwise be refunded instead of sold");
        }
    }

    @Override
    public Charge authorize(ChargeRequest request) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(minorUnits(request.amount()))
                .setCurrency(request.currency().toLowerCase(Locale.ROOT))
                .setPaymentMethod(request.token())
                .addPaymentMethodType("card")
                .setConfirm(true)
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .putMetadata(KEY, request.key())
                .build();
        try {
            PaymentIntent intent = client().v1().paymentIntents().create(params, options(request.key(), "authorize"));
            remember(request.key(), intent.getId());
            return charge(intent);
        } catch (CardException e) {
            String code = e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode();
            return new Charge(null, Charge.State.DECLINED, shown(code));
        } catch (InvalidRequestException e) {
            if ("payment_method".equals(e.getParam()) || "resource_missing".equals(e.getCode())) {
                return new Charge(null, Charge.State.DECLINED, "invalid_payment_method");
            }
            throw failed("authorize", e);
        } catch (StripeException e) {
            throw failed("authorize", e);
        }
    }

    @Override
    public Charge capture(String key, String providerRef) {
        try {
            return charge(client().v1().paymentIntents().capture(intentOf(key, providerRef), options(key, "capture")));
        } catch (StripeException e) {
            throw failed("capture", e);
        }
    }

    /** By the intent's id when the payment recorded it (a refund days later needs no search), else by the key. */
    @Override
    public Charge refund(String key, String providerRef) {
        try {
            PaymentIntent intent = client().v1().paymentIntents().retrieve(intentOf(key, providerRef));
            switch (intent.getStatus()) {
                case "succeeded" -> {
                    client().v1().refunds().create(RefundCreateParams.builder().setPaymentIntent(intent.getId())
                            .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).build(), options(key, "refund"));
                    return new Charge(intent.getId(), Charge.State.REFUNDED, null);
                }
                case "canceled" -> {
                    return new Charge(intent.getId(), Charge.State.VOIDED, null);
                }
                case "processing" -> throw new GatewayTimeout("Stripe is still processing " + intent.getId());
                default -> {
                    client().v1().paymentIntents().cancel(intent.getId(), options(key, "cancel"));
                    return new Charge(intent.getId(), Charge.State.VOIDED, null);
                }
            }
        } catch (StripeException e) {
            throw failed("refund", e);
        }
    }

    @Override
    public Optional<Charge> lookup(String key) {
        try {
            String known = intents.get(key);
            if (known != null) {
                return Optional.of(charge(client().v1().paymentIntents().retrieve(known)));
            }
            return found(key).map(intent -> {
                remember(key, intent.getId());
                return charge(intent);
            });
        } catch (StripeException e) {
            throw failed("lookup", e);
        }
    }

    /**
     * Verified by the SDK (HMAC-SHA256 of the timestamp and payload with the endpoint's secret, at most five minutes
     * old). An event about a PaymentIntent names the attempt by the key in its metadata.
     */
    @Override
    public ProviderEvent verifyEvent(String payload, String signature) {
        String secret = webhookSecret.filter(s -> !s.isBlank())
                .orElseThrow(() -> new InvalidEvent("No webhook secret is configured (BOXOFFICE_STRIPE_WEBHOOK_SECRET)"));
        if (signature == null || signature.isBlank()) {
            throw new InvalidEvent("The event is not signed (no Stripe-Signature header)");
        }
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, Webhook.DEFAULT_TOLERANCE);
        } catch (SignatureVerificationException e) {
            throw new InvalidEvent("The event's signature is not valid: " + e.getMessage());
        } catch (RuntimeException e) { // a malformed payload or header, before or after the signature
            throw new InvalidEvent("The event is malformed");
        }
        StripeObject object;
        try {
            var deserializer = event.getDataObjectDeserializer();
            object = deserializer.getObject().isPresent() ? deserializer.getObject().get() : deserializer.deserializeUnsafe();
        } catch (EventDataObjectDeserializationException | RuntimeException e) {
            return new ProviderEvent(event.getId(), event.getType(), null, null);
        }
        if (!(object instanceof PaymentIntent intent) || intent.getMetadata() == null
                || intent.getMetadata().get(KEY) == null) {
            return new ProviderEvent(event.getId(), event.getType(), null, null);
        }
        String key = intent.getMetadata().get(KEY);
        remember(key, intent.getId());
        Charge charge;
        try {
            charge = charge(intent);
        } catch (RuntimeException undecided) { // processing, or a status this service does not know
            charge = null;
        }
        return new ProviderEvent(event.getId(), event.getType(), key, charge);
    }

    /**
     * The intent whose metadata names the key: by Stripe's search (fresh within about a minute; a lookup right after
     * a timeout that misses it is followed by the same call under the same idempotency key, which Stripe answers as
     * the first), or, where search is not offered (accounts in India), among the intents of the last two days.
     */
    private Optional<PaymentIntent> found(String key) throws StripeException {
        try {
            return client().v1().paymentIntents().search(PaymentIntentSearchParams.builder()
                            .setQuery("metadata['" + KEY + "']:'" + key.replace("'", "") + "'").setLimit(1L).build())
                    .getData().stream().findFirst();
        } catch (InvalidRequestException searchNotOffered) {
            long since = java.time.Instant.now().minus(java.time.Duration.ofDays(2)).getEpochSecond();
            return client().v1().paymentIntents().list(PaymentIntentListParams.builder().setLimit(100L)
                            .setCreated(PaymentIntentListParams.Created.builder().setGte(since).build()).build())
                    .getData().stream().filter(intent -> intent.getMetadata() != null && key.equals(intent.getMetadata().get(KEY)))
                    .findFirst();
        }
    }

    /** What an intent's status means to the port. */
    static Charge charge(PaymentIntent intent) {
        return switch (intent.getStatus()) {
            case "requires_capture" -> new Charge(intent.getId(), Charge.State.AUTHORIZED, null);
            case "succeeded" -> new Charge(intent.getId(), Charge.State.CAPTURED, null);
            case "canceled" -> new Charge(intent.getId(), Charge.State.VOIDED, null);
            // 3-D Secure and the like are the browser's to complete; confirmed on the server, they are a decline
            case "requires_action" -> new Charge(intent.getId(), Charge.State.DECLINED, "authentication_required");
            case "requires_payment_method", "requires_confirmation" -> new Charge(intent.getId(), Charge.State.DECLINED,
                    shown(intent.getLastPaymentError() == null ? null : intent.getLastPaymentError().getDeclineCode()));
            default -> throw new GatewayTimeout("Stripe has not decided on " + intent.getId() + " yet (" + intent.getStatus() + ")");
        };
    }

    /** The attempt's intent: the one named, or made here, else found by the key in its metadata. */
    private String intentOf(String key, String providerRef) throws StripeException {
        if (providerRef != null && providerRef.startsWith("pi_")) {
            return providerRef;
        }
        String known = intents.get(key);
        if (known != null) {
            return known;
        }
        Optional<Charge> found = lookup(key);
        if (found.isEmpty() || found.get().chargeId() == null) {
            throw new IllegalArgumentException("Stripe has no payment intent for " + key);
        }
        return found.get().chargeId();
    }

    /** Stripe asks merchants not to tell a customer that a card was refused as stolen or as fraud. */
    private static final java.util.Set<String> UNSPOKEN = java.util.Set.of("fraudulent", "stolen_card", "lost_card",
            "pickup_card", "merchant_blacklist", "restricted_card");

    static String shown(String declineCode) {
        return declineCode == null || UNSPOKEN.contains(declineCode) ? "card_declined" : declineCode;
    }

    /** Kept for the capture that follows; a bounded memory (a lookup finds any other). */
    private void remember(String key, String intentId) {
        if (intents.size() > 10_000) {
            intents.clear();
        }
        intents.put(key, intentId);
    }

    /**
     * A call whose outcome is unknown (the network, Stripe's own trouble, a rate limit) is a timeout: the caller
     * asks again under the same idempotency key, or the payment is reconciled. Anything else is a fault here.
     */
    private static RuntimeException failed(String call, StripeException e) {
        if (e instanceof ApiConnectionException || e instanceof ApiException) {
            return new GatewayTimeout("Stripe " + call + ": " + e.getMessage());
        }
        LOG.warning(() -> "Stripe refused the " + call + " call: " + e.getCode() + " (request " + e.getRequestId() + ")");
        return new IllegalStateException("Stripe refused the " + call + " call: " + e.getCode(), e);
    }

    private static RequestOptions options(String key, String call) {
        return RequestOptions.builder().setIdempotencyKey(key + ":" + call).build();
    }

    static long minorUnits(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    private StripeClient client() {
        StripeClient current = client;
        if (current == null) {
            checkConfigured(false);
            synchronized (this) {
                if (client == null) {
                    client = new StripeClient.StripeClientBuilder().setApiKey(secretKey.orElseThrow())
                            .setApiBase(apiBase.replaceAll("/+$", "")).setConnectTimeout(timeoutMillis)
                            .setReadTimeout(timeoutMillis).setMaxNetworkRetries(0).build();
                }
                current = client;
            }
        }
        return current;
    }
}
