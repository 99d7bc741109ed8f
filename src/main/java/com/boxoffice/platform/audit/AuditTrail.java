package com.boxoffice.platform.audit;

import com.boxoffice.platform.database.SqlValues;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The audit log: admin changes and refunds, each written in a transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AuditTrail {

    @Schema(name = "AuditEntry")
    public record Entry(long auditId, java.time.Instant at, String actor, String action, String subject, String details) {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    public void record(String actor, String action, String subject, String details) {
        em.createNativeQuery("INSERT INTO audit_log (actor, action, subject, details) VALUES (?, ?, ?, ?)")
                .setParameter(1, cut(actor, 254)).setParameter(2, cut(action, 120)).setParameter(3, cut(subject, 200))
                .setParameter(4, cut(details, 500)).executeUpdate();
    }

    public Page<Entry> list(PageRequest page) {
        List<Entry> entries = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT audit_id, at, actor, action, subject, details FROM audit_log"
                + " ORDER BY at DESC, audit_id DESC LIMIT ? OFFSET ?").setParameter(1, page.size())
                .setParameter(2, page.offset()).getResultList()) {
            Object[] values = (Object[]) row;
            entries.add(new Entry(((Number) values[0]).longValue(), SqlValues.instant(values[1]), (String) values[2],
                    (String) values[3], (String) values[4], (String) values[5]));
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM audit_log").getSingleResult()).longValue();
        return Page.of(entries, page, total);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
