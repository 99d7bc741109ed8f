package com.boxoffice.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.catalog.entity.SeatCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScreenLayoutTest {

    private final List<LayoutSeat> seats = new ArrayList<>();

    ScreenLayoutTest() {
        seats.addAll(new LayoutBlock("C", "1-2", SeatCategory.RECLINER).expand());
        seats.addAll(new LayoutBlock("A-B", "1-2,4", SeatCategory.CLASSIC).expand());
    }

    @Test
    void ordersSeatsRowByRowLeftToRight() {
        ScreenLayout layout = ScreenLayout.of(UUID.randomUUID(), seats);
        assertEquals(List.of("A1", "A2", "A4", "B1", "B2", "B4", "C1", "C2"),
                layout.seats().stream().map(LayoutSeat::seatId).toList());
        assertEquals(List.of("A", "B", "C"), List.copyOf(layout.rows().keySet()));
        assertEquals(8, layout.capacity());
        assertEquals(EnumSet.of(SeatCategory.RECLINER, SeatCategory.CLASSIC), layout.categories());
        assertTrue(layout.contains("B4"));
        assertFalse(layout.contains("B3"));
        assertEquals(SeatCategory.RECLINER, layout.seat("C2").category());
    }

    @Test
    void refusesASeatTwice() {
        seats.add(LayoutSeat.of(0, 1, SeatCategory.PRIME));
        assertThrows(IllegalArgumentException.class, () -> ScreenLayout.of(UUID.randomUUID(), seats));
    }
}
