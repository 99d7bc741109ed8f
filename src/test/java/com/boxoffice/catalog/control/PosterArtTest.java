package com.boxoffice.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PosterArtTest {

    @Test
    void escapesWhatAnAdminMightTypeIntoATitle() {
        MovieListing movie = new MovieListing(UUID.randomUUID(), "<script>\"Tom & Jerry\"</script>", null, null, null, 90,
                null, null, "English", "2D", List.of("Comedy"));
        String svg = PosterArt.svg(movie);
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("&lt;script&gt;&quot;Tom"));
        assertTrue(svg.contains("&amp;"));
    }

    @Test
    void wrapsLongTitlesIntoAtMostFourLines() {
        assertEquals(List.of("Starlight", "Express to", "Ooty"), PosterArt.wrap("Starlight Express to Ooty"));
        assertEquals(4, PosterArt.wrap("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee").size());
    }
}
