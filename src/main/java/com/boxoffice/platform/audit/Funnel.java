package com.boxoffice.platform.audit;

import com.boxoffice.platform.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The booking funnel over a period, from the records the booking steps write: holds, orders, sales. */
@ApplicationScoped
@Transactional
public class Funnel {

    @Schema(name = "FunnelFigures")
    public record Figures(Instant from, Instant to, long holdsCreated, long ordersCreated, long ordersConfirmed,
                          long ordersCancelled, BigDecimal holdToOrder, BigDecimal orderToConfirmed,
                          BigDecimal revenue) {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    public Figures between(Instant from, Instant to) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " (SELECT count(*) FROM holds WHERE created_at >= ?1 AND created_at < ?2),"
                        + " (SELECT count(*) FROM orders WHERE created_at >= ?1 AND created_at < ?2),"
                        + " (SELECT count(*) FROM orders WHERE confirmed_at >= ?1 AND confirmed_at < ?2),"
                        + " (SELECT count(*) FROM orders WHERE cancelled_at >= ?1 AND cancelled_at < ?2),"
                        + " (SELECT coalesce(sum(total_amount), 0) FROM orders WHERE status = 'CONFIRMED'"
                        + " AND confirmed_at >= ?1 AND confirmed_at < ?2)")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult();
        long holds = ((Number) row[0]).longValue();
        long orders = ((Number) row[1]).longValue();
        long confirmed = ((Number) row[2]).longValue();
        return new Figures(from, to, holds, orders, confirmed, ((Number) row[3]).longValue(), ratio(orders, holds),
                ratio(confirmed, orders), Money.rounded((BigDecimal) row[4]));
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }
}
