package com.boxoffice.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutRulesTest {

    private final Map<String, Object> problems = new LinkedHashMap<>();

    @Test
    void rowsBecomeSeatsWithTheirGaps() {
        var layout = new TheatreRequest.Layout(List.of(new TheatreRequest.Row("B", List.of(
                new TheatreRequest.Seat(1, "classic"), new TheatreRequest.Seat(3, "PRIME")))), null);
        List<LayoutSeat> seats = LayoutRules.seats(layout, "layout", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(List.of("B1", "B3"), seats.stream().map(LayoutSeat::seatId).toList());
        assertEquals(1, seats.get(0).rowIndex());
    }

    @Test
    void reportsEachProblemUnderItsField() {
        var layout = new TheatreRequest.Layout(List.of(
                new TheatreRequest.Row("A", List.of(new TheatreRequest.Seat(1, "GOLD"))),
                new TheatreRequest.Row("??", List.of(new TheatreRequest.Seat(1, "CLASSIC"))),
                new TheatreRequest.Row("C", List.of(new TheatreRequest.Seat(2, "CLASSIC"), new TheatreRequest.Seat(2, "PRIME")))),
                null);
        LayoutRules.seats(layout, "screens[0].layout", problems);
        assertTrue(problems.containsKey("screens[0].layout.rows[0].seats[0].category"), problems.toString());
        assertTrue(problems.containsKey("screens[0].layout.rows[1].row"), problems.toString());
        assertTrue(problems.get("screens[0].layout").toString().contains("C2"), problems.toString());
    }

    @Test
    void wantsRowsOrBlocksAndAtMostAThousandSeats() {
        LayoutRules.seats(new TheatreRequest.Layout(null, null), "layout", problems);
        assertTrue(problems.containsKey("layout"));
        problems.clear();
        LayoutRules.seats(new TheatreRequest.Layout(null,
                List.of(new TheatreRequest.Block("A-Z", "1-39", "CLASSIC"), new TheatreRequest.Block("AA-AZ", "1-2", "PRIME"))),
                "layout", problems);
        assertTrue(problems.get("layout").toString().contains("1000"), problems.toString());
    }
}
