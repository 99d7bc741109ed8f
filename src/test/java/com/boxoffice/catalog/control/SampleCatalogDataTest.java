package com.boxoffice.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.catalog.entity.SeatCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demo catalog is data: check it is what the issue promises before a server ever loads it. */
class SampleCatalogDataTest {

    private final SampleCatalogData data = SampleCatalog.read();

    @Test
    void hasEnoughOfEverything() {
        assertEquals(30, data.movies().size());
        assertTrue(data.theatres().size() >= 10);
        assertTrue(data.theatres().stream().mapToInt(t -> t.screens().size()).sum() >= 20);
        assertTrue(data.theatres().stream().map(SampleCatalogData.Theatre::city).distinct().count() >= 4);
        assertTrue(data.movies().stream().map(SampleCatalogData.Movie::language).distinct().count() >= 5);
        assertTrue(data.movies().stream().map(SampleCatalogData.Movie::format).distinct().count() >= 4);
    }

    @Test
    void everyScreenHasAValidLayoutWithAPriceForEachCategory() {
        for (SampleCatalogData.Theatre theatre : data.theatres()) {
            for (List<String> screen : theatre.screens()) {
                List<LayoutBlock> blocks = data.layouts().get(screen.get(1));
                assertNotNull(blocks, screen.get(1));
                ScreenLayout layout = ScreenLayout.of(UUID.randomUUID(),
                        blocks.stream().flatMap(b -> b.expand().stream()).toList());
                for (SeatCategory category : layout.categories()) {
                    assertNotNull(data.prices().get(category), category.name());
                }
            }
        }
    }

    @Test
    void includesASmallStudioAndALargeHallWithReclinersAndAisles() {
        ScreenLayout studio = layout("studio");
        assertEquals(60, studio.capacity());
        assertEquals(6, studio.rows().size());
        ScreenLayout grand = layout("grand");
        assertEquals(15, grand.rows().size());
        assertTrue(grand.categories().contains(SeatCategory.RECLINER));
        assertTrue(grand.rows().get("A").stream().noneMatch(s -> s.number() == 7), "an aisle at 7");
    }

    @Test
    void everyMovieFitsAShowSlotAndHasAUniqueTitle() {
        Set<String> titles = new HashSet<>();
        for (SampleCatalogData.Movie movie : data.movies()) {
            assertTrue(titles.add(movie.title()));
            assertTrue(movie.durationMins() > 0 && movie.durationMins() + 20 <= 210, movie.title());
            assertTrue(movie.rating().doubleValue() >= 0 && movie.rating().doubleValue() <= 10);
            assertTrue(!movie.genres().isEmpty());
        }
    }

    @Test
    void idsAreStableAcrossRestarts() {
        assertEquals(SampleCatalog.movieId("Orbit Zero"), SampleCatalog.movieId("Orbit Zero"));
        assertTrue(!SampleCatalog.movieId("Orbit Zero").equals(SampleCatalog.theatreId("Orbit Zero")));
    }

    private ScreenLayout layout(String name) {
        return ScreenLayout.of(UUID.randomUUID(), data.layouts().get(name).stream().flatMap(b -> b.expand().stream()).toList());
    }
}
