package com.boxoffice.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "theatres")
public class Theatre {

    @Id
    @Column(name = "theatre_id")
    private UUID id;

    private String name;
    private String address;
    private String city;

    @Column(name = "geo_lat")
    private BigDecimal geoLat;

    @Column(name = "geo_lng")
    private BigDecimal geoLng;

    @Column(name = "cancellation_available")
    private boolean cancellationAvailable;

    @OneToMany(mappedBy = "theatre", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Screen> screens = new ArrayList<>();

    @Version
    private long version;

    protected Theatre() {
    }

    public Theatre(UUID id, String name, String address, String city, BigDecimal geoLat, BigDecimal geoLng,
                   boolean cancellationAvailable) {
        this.id = id;
        update(name, address, city, geoLat, geoLng, cancellationAvailable);
    }

    public void update(String name, String address, String city, BigDecimal geoLat, BigDecimal geoLng,
                       boolean cancellationAvailable) {
        this.name = name;
        this.address = address;
        this.city = city;
        this.geoLat = geoLat;
        this.geoLng = geoLng;
        this.cancellationAvailable = cancellationAvailable;
    }

    public void add(Screen screen) {
        screens.add(screen);
    }

    public void remove(Screen screen) {
        screens.remove(screen);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    public BigDecimal geoLat() {
        return geoLat;
    }

    public BigDecimal geoLng() {
        return geoLng;
    }

    public boolean cancellationAvailable() {
        return cancellationAvailable;
    }

    public List<Screen> screens() {
        return List.copyOf(screens);
    }
}
