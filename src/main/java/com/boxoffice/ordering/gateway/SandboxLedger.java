package com.boxoffice.ordering.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The sandbox provider's books. It stands for a system outside ours, so every call commits on its own
 * ({@code REQUIRES_NEW}): what it charged stays charged whatever becomes of our transaction. A real provider
 * keeps its books elsewhere, so these transactions are counted apart ({@code sandbox_ledger_transactions_total}
 * on /metrics) and left out of what a purchase costs the service's database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SandboxLedger {

    /** A charge as the sandbox keeps it. */
    public record Entry(String chargeId, String token, BigDecimal amount, Charge.State state, String declineCode) {

        Charge charge() {
            return new Charge(chargeId, state, declineCode);
        }
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** Records the first request under the key; any later one gets what the first got. */
    public Entry open(String key, String chargeId, ChargeRequest request, Charge.State state, String declineCode) {
        counted();
        em.createNativeQuery("INSERT INTO sandbox_charges (charge_key, charge_id, token, amount, currency, status,"
                        + " decline_code) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (charge_key) DO NOTHING")
                .setParameter(1, key).setParameter(2, chargeId).setParameter(3, request.token())
                .setParameter(4, request.amount()).setParameter(5, request.currency())
                .setParameter(6, state.name()).setParameter(7, declineCode)
                .executeUpdate();
        return load(key).orElseThrow();
    }

    /** A capture: the charge as it stands after it, and whether this call captured it (not an earlier one). */
    public record Captured(Entry entry, boolean now) {
    }

    public Optional<Captured> capture(String key) {
        counted();
        boolean now = em.createNativeQuery("UPDATE sandbox_charges SET status = 'CAPTURED', captured_at = now()"
                + " WHERE charge_key = ? AND status = 'AUTHORIZED'").setParameter(1, key).executeUpdate() == 1;
        return load(key).map(entry -> new Captured(entry, now));
    }

    public Optional<Entry> refund(String key) {
        counted();
        em.createNativeQuery("UPDATE sandbox_charges SET status = CASE status WHEN 'CAPTURED' THEN 'REFUNDED'"
                        + " ELSE 'VOIDED' END, refunded_at = now() WHERE charge_key = ? AND status IN ('AUTHORIZED', 'CAPTURED')")
                .setParameter(1, key).executeUpdate();
        return load(key);
    }

    public Optional<Entry> find(String key) {
        counted();
        return load(key);
    }

    private Optional<Entry> load(String key) {
        List<?> rows = em.createNativeQuery("SELECT charge_id, token, amount, status, decline_code FROM sandbox_charges"
                + " WHERE charge_key = ?").setParameter(1, key).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] values = (Object[]) row;
            return new Entry((String) values[0], (String) values[1], (BigDecimal) values[2],
                    Charge.State.valueOf((String) values[3]), (String) values[4]);
        });
    }

    private void counted() {
        registry.counter(Metadata.builder().withName("sandbox.ledger.transactions")
                .withDescription("Transactions of the sandbox provider's own books (not the service's)").build()).inc();
    }
}
