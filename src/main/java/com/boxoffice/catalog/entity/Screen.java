package com.boxoffice.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "screens")
public class Screen {

    @Id
    @Column(name = "screen_id")
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "theatre_id")
    private Theatre theatre;

    private String name;

    @Column(name = "layout_version")
    private int layoutVersion = 1;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "screen_seats", joinColumns = @JoinColumn(name = "screen_id"))
    private List<Seat> seats = new ArrayList<>();

    protected Screen() {
    }

    public Screen(UUID id, Theatre theatre, String name, List<Seat> seats) {
        this.id = id;
        this.theatre = theatre;
        this.name = name;
        this.seats = new ArrayList<>(seats);
    }

    public void rename(String name) {
        this.name = name;
    }

    public void replaceSeats(List<Seat> seats) {
        this.seats = new ArrayList<>(seats);
        layoutVersion++;
    }

    public int layoutVersion() {
        return layoutVersion;
    }

    public UUID id() {
        return id;
    }

    public Theatre theatre() {
        return theatre;
    }

    public String name() {
        return name;
    }

    public List<Seat> seats() {
        return List.copyOf(seats);
    }
}
