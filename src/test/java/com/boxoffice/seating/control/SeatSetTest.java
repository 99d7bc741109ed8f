package com.boxoffice.seating.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.boxoffice.catalog.control.CategoryPrice;
import com.boxoffice.catalog.control.LayoutBlock;
import com.boxoffice.catalog.control.ScreenLayout;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.catalog.entity.SeatCategory;
import com.boxoffice.catalog.entity.ShowStatus;
import com.boxoffice.platform.error.ValidationFailed;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SeatSetTest {

    private final ScreenLayout layout;

    SeatSetTest() {
        List<com.boxoffice.catalog.control.LayoutSeat> seats = new ArrayList<>(
                new LayoutBlock("A-B", "1-4", SeatCategory.CLASSIC).expand());
        seats.addAll(new LayoutBlock("K", "1-2", SeatCategory.PRIME).expand());
        layout = ScreenLayout.of(UUID.randomUUID(), seats);
    }

    @Test
    void keepsTheOrderAskedFor() {
        assertEquals(List.of("B2", "A1", "K1"), SeatSet.of(List.of("B2", "A1", "K1"), layout).seatIds());
    }

    @Test
    void refusesSeatsTwiceAndSeatsNotOnTheScreen() {
        ValidationFailed twice = assertThrows(ValidationFailed.class, () -> SeatSet.of(List.of("A1", "A2", "A1"), layout));
        assertEquals("names a seat twice: A1", twice.details().get("seatIds"));
        ValidationFailed unknown = assertThrows(ValidationFailed.class, () -> SeatSet.of(List.of("A1", "Z9", "A5"), layout));
        assertEquals("no such seats on this screen: Z9, A5", unknown.details().get("seatIds"));
    }

    @Test
    void aHoldCostsTheSumOfItsSeatsPricesWithTwoDecimals() {
        ShowSeating show = new ShowSeating(UUID.randomUUID(), UUID.randomUUID(), ShowStatus.SCHEDULED,
                Instant.now().plusSeconds(3600), layout, List.of(new CategoryPrice("CLASSIC", new BigDecimal("150")),
                new CategoryPrice("PRIME", new BigDecimal("300.5"))));
        assertEquals(new BigDecimal("600.50"), Holds.priceOf(show, List.of("A1", "B4", "K2")));
        assertThrows(ValidationFailed.class, () -> Holds.priceOf(show, List.of("A9")));
    }
}
