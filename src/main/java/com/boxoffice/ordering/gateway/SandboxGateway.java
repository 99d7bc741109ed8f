package com.boxoffice.ordering.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The built-in test provider. It behaves like a real one: deduplicates by key, keeps its own books, takes
 * its time ({@code boxoffice.payment.sandbox.latency-ms} per call), and knows these test cards:
 * {@code tok_visa} and {@code tok_mastercard} are approved, {@code tok_chargeDeclined} is declined,
 * {@code tok_timeoutAfterCharge} is approved but its capture times out after the money was taken;
 * any other token is declined.
 */
@ApplicationScoped
public class SandboxGateway implements PaymentGateway {

    static final String TIMEOUT_AFTER_CHARGE = "tok_timeoutAfterCharge";

    @Inject
    SandboxLedger ledger;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.sandbox.latency-ms", defaultValue = "100")
    volatile long latencyMillis;

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Charge authorize(ChargeRequest request) {
        pause();
        String chargeId = "ch_" + UUID.randomUUID().toString().replace("-", "");
        SandboxLedger.Entry entry = switch (request.token()) {
            case "tok_visa", "tok_mastercard", TIMEOUT_AFTER_CHARGE ->
                    ledger.open(request.key(), chargeId, request, Charge.State.AUTHORIZED, null);
            case "tok_chargeDeclined" -> ledger.open(request.key(), chargeId, request, Charge.State.DECLINED, "card_declined");
            default -> ledger.open(request.key(), chargeId, request, Charge.State.DECLINED, "invalid_token");
        };
        if (!entry.token().equals(request.token()) || entry.amount().compareTo(request.amount()) != 0) {
            throw new IllegalArgumentException("Key " + request.key() + " was used for a different charge");
        }
        return entry.charge();
    }

    @Override
    public Charge capture(String key, String providerRef) {
        pause();
        SandboxLedger.Captured captured = ledger.capture(key)
                .orElseThrow(() -> new IllegalArgumentException("No charge " + key));
        if (captured.now() && TIMEOUT_AFTER_CHARGE.equals(captured.entry().token())) {
            throw new GatewayTimeout("Sandbox: the provider took the money and did not answer in time");
        }
        return captured.entry().charge();
    }

    @Override
    public Charge refund(String key, String providerRef) {
        pause();
        return ledger.refund(key).orElseThrow(() -> new IllegalArgumentException("No charge " + key)).charge();
    }

    @Override
    public Optional<Charge> lookup(String key) {
        return ledger.find(key).map(SandboxLedger.Entry::charge);
    }

    public Duration latency() {
        return Duration.ofMillis(latencyMillis);
    }

    /** How long each call takes from now on (tests of slow providers). */
    public void latency(Duration latency) {
        this.latencyMillis = latency.toMillis();
    }

    private void pause() {
        if (latencyMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(latencyMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayTimeout("Interrupted while waiting for the sandbox provider");
        }
    }
}
