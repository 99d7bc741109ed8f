package com.boxoffice.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "movies")
public class Movie {

    @Id
    @Column(name = "movie_id")
    private UUID id;

    private String title;
    private String about;

    @Column(name = "thumbnail_url")
    private String thumbnailUrl;

    private BigDecimal rating;

    @Column(name = "duration_mins")
    private int durationMins;

    @Column(name = "age_rating")
    private String ageRating;

    @Column(name = "release_date")
    private LocalDate releaseDate;

    private String language;
    private String format;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "movie_genres", joinColumns = @JoinColumn(name = "movie_id"))
    @OrderColumn(name = "position")
    @Column(name = "genre")
    private List<String> genres = new ArrayList<>();

    @Version
    private long version;

    protected Movie() {
    }

    public Movie(UUID id, MovieDetails details) {
        this.id = id;
        update(details);
    }

    public void update(MovieDetails details) {
        this.title = details.title();
        this.about = details.about();
        this.thumbnailUrl = details.thumbnailUrl();
        this.rating = details.rating();
        this.durationMins = details.durationMins();
        this.ageRating = details.ageRating();
        this.releaseDate = details.releaseDate();
        this.language = details.language();
        this.format = details.format();
        this.genres = new ArrayList<>(details.genres());
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String about() {
        return about;
    }

    public String thumbnailUrl() {
        return thumbnailUrl;
    }

    public BigDecimal rating() {
        return rating;
    }

    public int durationMins() {
        return durationMins;
    }

    public String ageRating() {
        return ageRating;
    }

    public LocalDate releaseDate() {
        return releaseDate;
    }

    public String language() {
        return language;
    }

    public String format() {
        return format;
    }

    public List<String> genres() {
        return List.copyOf(genres);
    }
}
