package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Theatre;
import com.boxoffice.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class TheatreCatalog {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    ScreenLayouts layouts;

    public List<String> cities() {
        return em.createQuery("SELECT DISTINCT t.city FROM Theatre t ORDER BY t.city", String.class).getResultList();
    }

    /** Every theatre, or those of one city (case-insensitive), by city and name. */
    public List<TheatreListing> list(String city) {
        TypedQuery<Theatre> query = city == null
                ? em.createQuery("SELECT t FROM Theatre t ORDER BY t.city, t.name, t.id", Theatre.class)
                : em.createQuery("SELECT t FROM Theatre t WHERE LOWER(t.city) = :city ORDER BY t.name, t.id",
                        Theatre.class).setParameter("city", city);
        return query.setHint("eclipselink.batch", "t.screens").getResultList().stream()
                .map(t -> CatalogListings.theatre(t, layouts))
                .toList();
    }

    public TheatreListing find(UUID theatreId) {
        Theatre theatre = em.find(Theatre.class, theatreId);
        if (theatre == null) {
            throw new NotFound("Theatre");
        }
        return CatalogListings.theatre(theatre, layouts);
    }
}
