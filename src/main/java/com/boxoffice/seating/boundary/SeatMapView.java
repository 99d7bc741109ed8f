package com.boxoffice.seating.boundary;

import com.boxoffice.catalog.boundary.CategoryPrice;
import java.util.List;
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
}
