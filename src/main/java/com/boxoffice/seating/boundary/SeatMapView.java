package com.boxoffice.seating.boundary;

import com.boxoffice.catalog.control.CategoryPrice;
import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.seating.control.SeatMap;
import com.boxoffice.seating.control.SeatStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A show's seats row by row with their live status; aisles are the numbers missing from a row. */
public record SeatMapView(UUID showId, List<CategoryPrice> categories, List<Row> rows, int availableCount,
                          int heldCount, int bookedCount) {

    @Schema(name = "SeatMapRow")
    public record Row(String row, List<SeatView> seats) {
    }

    @Schema(name = "SeatMapSeat")
    public record SeatView(String seatId, int number, String category, SeatStatus status, boolean heldByYou) {
    }

    public static SeatMapView of(SeatMap map) {
        List<Row> rows = new ArrayList<>();
        int[] counts = new int[SeatStatus.values().length];
        for (Map.Entry<String, List<LayoutSeat>> row : map.show().layout().rows().entrySet()) {
            List<SeatView> seats = new ArrayList<>(row.getValue().size());
            for (LayoutSeat seat : row.getValue()) {
                SeatStatus status = map.statusOf(seat.seatId());
                counts[status.ordinal()]++;
                seats.add(new SeatView(seat.seatId(), seat.number(), seat.category().name(), status,
                        map.heldByCaller(seat.seatId())));
            }
            rows.add(new Row(row.getKey(), seats));
        }
        return new SeatMapView(map.show().showId(), map.show().prices(), rows, counts[SeatStatus.AVAILABLE.ordinal()],
                counts[SeatStatus.HELD.ordinal()], counts[SeatStatus.BOOKED.ordinal()]);
    }
}
