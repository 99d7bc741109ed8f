package com.boxoffice.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.boxoffice.catalog.entity.SeatCategory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutBlockTest {

    @Test
    void expandsRowsAndSeatRangesKeepingAislesAsMissingNumbers() {
        List<LayoutSeat> seats = new LayoutBlock("A-B", "1-3,5", SeatCategory.PRIME).expand();
        assertEquals(List.of("A1", "A2", "A3", "A5", "B1", "B2", "B3", "B5"),
                seats.stream().map(LayoutSeat::seatId).toList());
        LayoutSeat b5 = seats.get(7);
        assertEquals("B", b5.row());
        assertEquals(1, b5.rowIndex());
        assertEquals(5, b5.number());
        assertEquals(SeatCategory.PRIME, b5.category());
    }

    @Test
    void aSingleRowAndASingleSeatAreAllowed() {
        assertEquals(List.of("C7"), new LayoutBlock("C", "7", SeatCategory.CLASSIC).expand().stream()
                .map(LayoutSeat::seatId).toList());
    }

    @Test
    void overlappingRangesDoNotDuplicateSeats() {
        assertEquals(4, new LayoutBlock("A", "1-3,2-4", SeatCategory.CLASSIC).expand().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"F-A|1-5", "a-c|1-5", "A-ZZ|1-5", "A-B|5-1", "A-B|0-3", "A-B|1-101",
            "A-B|x", "A-B|''", "''|1-5", "A-B-C|1-2", "A|1--2"})
    void rejectsWhatIsNotALayout(String rows, String seats) {
        assertThrows(IllegalArgumentException.class, () -> new LayoutBlock(rows, seats, SeatCategory.CLASSIC).expand());
    }

    @Test
    void needsACategory() {
        assertThrows(IllegalArgumentException.class, () -> new LayoutBlock("A", "1", null).expand());
    }
}
