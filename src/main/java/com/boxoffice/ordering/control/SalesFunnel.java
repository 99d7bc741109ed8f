package com.boxoffice.ordering.control;

import com.boxoffice.platform.Money;
import com.boxoffice.seating.control.HoldRecords;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The booking funnel over a period: holds (as seating counts them), orders, sales. */
@ApplicationScoped
@Transactional
public class SalesFunnel {

    @Schema(name = "FunnelFigures")
    public record Figures(Instant from, Instant to, long holdsCreated, long ordersCreated, long ordersConfirmed,
                          long ordersCancelled, BigDecimal holdToOrder, BigDecimal orderToConfirmed,
                          BigDecimal revenue) {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    HoldRecords holdRecords;

    public Figures between(Instant from, Instant to) {
        long holds = holdRecords.createdBetween(from, to);
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT count(*) FROM orders WHERE created_at >= ?1 AND created_at < ?2),"
                        + " (SELECT count(*) FROM orders WHERE confirmed_at >= ?1 AND confirmed_at < ?2),"
                        + " (SELECT count(*) FROM orders WHERE cancelled_at >= ?1 AND cancelled_at < ?2),"
                        + " (SELECT coalesce(sum(total_amount), 0) FROM orders WHERE status = 'CONFIRMED'"
                        + " AND confirmed_at >= ?1 AND confirmed_at < ?2)")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult();
        long orders = ((Number) row[0]).longValue();
        long confirmed = ((Number) row[1]).longValue();
        return new Figures(from, to, holds, orders, confirmed, ((Number) row[2]).longValue(), ratio(orders, holds),
                ratio(confirmed, orders), Money.rounded((BigDecimal) row[3]));
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
