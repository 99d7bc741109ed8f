package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.catalog.control.ShowSeatings;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.seating.boundary.SeatMapView;
import com.boxoffice.seating.boundary.SeatStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a show's seat map: the screen's layout (cached) with each seat's live status (never cached). */
@ApplicationScoped
public class SeatMaps {

    @Inject
    ShowSeatings seatings;

    @Inject
    SeatOccupancy occupancy;

    /** @param callerId the signed-in user asking, or null; their own held seats say {@code heldByYou}. */
    public SeatMapView of(UUID showId, UUID callerId) {
        ShowSeating show = seatings.of(showId);
        return build(show, occupancy.of(show, callerId));
    }

    static SeatMapView build(ShowSeating show, ShowOccupancy occupancy) {
        List<SeatMapView.Row> rows = new ArrayList<>();
        int[] counts = new int[SeatStatus.values().length];
        for (Map.Entry<String, List<LayoutSeat>> row : show.layout().rows().entrySet()) {
            List<SeatMapView.SeatView> seats = new ArrayList<>(row.getValue().size());
            for (LayoutSeat seat : row.getValue()) {
                SeatStatus status = status(occupancy, seat.seatId());
                counts[status.ordinal()]++;
                boolean mine = status == SeatStatus.HELD && occupancy.heldByCaller().contains(seat.seatId());
                seats.add(new SeatMapView.SeatView(seat.seatId(), seat.number(), seat.category().name(), status, mine));
            }
            rows.add(new SeatMapView.Row(row.getKey(), seats));
        }
        return new SeatMapView(show.showId(), show.prices(), rows, counts[SeatStatus.AVAILABLE.ordinal()],
                counts[SeatStatus.HELD.ordinal()], counts[SeatStatus.BOOKED.ordinal()]);
    }

    static SeatStatus status(ShowOccupancy occupancy, String seatId) {
        return occupancy.sold().contains(seatId) ? SeatStatus.BOOKED
                : occupancy.held().contains(seatId) ? SeatStatus.HELD : SeatStatus.AVAILABLE;
    }
}
