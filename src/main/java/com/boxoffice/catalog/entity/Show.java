package com.boxoffice.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "shows")
public class Show {

    @Id
    @Column(name = "show_id")
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "movie_id")
    private Movie movie;

    @ManyToOne(optional = false)
    @JoinColumn(name = "screen_id")
    private Screen screen;

    @Column(name = "start_time")
    private OffsetDateTime startTime;

    @Column(name = "end_time")
    private OffsetDateTime endTime;

    @Enumerated(EnumType.STRING)
    private ShowStatus status;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "show_prices", joinColumns = @JoinColumn(name = "show_id"))
    @MapKeyColumn(name = "category")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "price")
    private Map<SeatCategory, BigDecimal> prices = new HashMap<>();

    @Version
    private long version;

    protected Show() {
    }

    public Show(UUID id, Movie movie, Screen screen, OffsetDateTime startTime, OffsetDateTime endTime,
                Map<SeatCategory, BigDecimal> prices) {
        this.id = id;
        this.movie = movie;
        this.screen = screen;
        this.startTime = startTime;
        this.endTime = endTime;
        this.status = ShowStatus.SCHEDULED;
        this.prices = new HashMap<>(prices);
    }

    /** @return false when it was cancelled already */
    public boolean cancel(OffsetDateTime now) {
        if (status == ShowStatus.CANCELLED) {
            return false;
        }
        status = ShowStatus.CANCELLED;
        cancelledAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public Movie movie() {
        return movie;
    }

    public Screen screen() {
        return screen;
    }

    public OffsetDateTime startTime() {
        return startTime;
    }

    public OffsetDateTime endTime() {
        return endTime;
    }

    public ShowStatus status() {
        return status;
    }

    public Map<SeatCategory, BigDecimal> prices() {
        return prices.isEmpty() ? Map.of() : new EnumMap<>(prices);
    }
}
