package com.boxoffice.ordering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderDetailsReaderTest {

    @Test
    void ticketsComeInSeatOrder() {
        List<String> seats = new ArrayList<>(List.of("AA1", "B2", "A10", "A2", "Z1"));
        seats.sort(OrderDetailsReader.SEAT_ORDER);
        assertEquals(List.of("A2", "A10", "B2", "Z1", "AA1"), seats);
    }
}
