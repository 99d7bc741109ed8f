package com.boxoffice.seating.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.catalog.control.CategoryPrice;
import com.boxoffice.catalog.control.LayoutBlock;
import com.boxoffice.catalog.control.ScreenLayout;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.catalog.entity.SeatCategory;
import com.boxoffice.catalog.entity.ShowStatus;
import com.boxoffice.seating.control.SeatMap;
import com.boxoffice.seating.control.SeatStatus;
import com.boxoffice.seating.control.ShowOccupancy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatMapViewTest {

    private final ShowSeating show = new ShowSeating(UUID.randomUUID(), UUID.randomUUID(), ShowStatus.SCHEDULED,
            Instant.now().plusSeconds(3600),
            ScreenLayout.of(UUID.randomUUID(), new LayoutBlock("A-B", "1-2,4", SeatCategory.CLASSIC).expand()),
            List.of(new CategoryPrice("CLASSIC", new BigDecimal("200.00"))));

    @Test
    void marksHeldAndBookedSeatsAndTheCallersOwn() {
        ShowOccupancy occupancy = new ShowOccupancy(Set.of("A1", "A2"), Set.of("A1"), Set.of("B4"));
        SeatMapView map = SeatMapView.of(new SeatMap(show, occupancy));
        SeatMapView.SeatView a1 = map.rows().get(0).seats().get(0);
        SeatMapView.SeatView a2 = map.rows().get(0).seats().get(1);
        SeatMapView.SeatView b4 = map.rows().get(1).seats().get(2);
        assertEquals(SeatStatus.HELD, a1.status());
        assertTrue(a1.heldByYou());
        assertEquals(SeatStatus.HELD, a2.status());
        assertFalse(a2.heldByYou());
        assertEquals(SeatStatus.BOOKED, b4.status());
        assertEquals(3, map.availableCount());
        assertEquals(2, map.heldCount());
        assertEquals(1, map.bookedCount());
    }

    @Test
    void anonymousCallersOwnNothingAndAislesStayGaps() {
        SeatMapView map = SeatMapView.of(new SeatMap(show, new ShowOccupancy(Set.of("A1"), Set.of(), Set.of())));
        assertFalse(map.rows().get(0).seats().get(0).heldByYou());
        assertEquals(List.of(1, 2, 4), map.rows().get(0).seats().stream().map(SeatMapView.SeatView::number).toList());
    }

    @Test
    void aShowIsBookableOnlyWhileScheduledAndNotStarted() {
        Instant now = Instant.now();
        assertTrue(show.bookableAt(now));
        assertFalse(show.bookableAt(show.startTime()));
        ShowSeating cancelled = new ShowSeating(show.showId(), show.movieId(), ShowStatus.CANCELLED, show.startTime(), show.layout(),
                show.prices());
        assertFalse(cancelled.bookableAt(now));
    }
}
