package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log of admin changes and refunds, and the booking funnel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void adminChangesAndRefundsAreAudited() {
        SignedIn admin = Users.admin();
        String show = Shows.fresh();
        SignedIn customer = Users.newUser();
        String order = Purchases.buy(customer, show, "A1").object().getString("orderId");
        assertEquals(200, Users.as(customer, "POST", "/api/orders/" + order + "/cancel", null).status());

        List<JsonObject> entries = Users.as(admin, "GET", "/api/admin/audit?size=50", null).object()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("POST /api/admin/shows")
                && e.getString("actor").equals(Users.ADMIN_EMAIL) && e.getString("subject").endsWith("/shows/" + show)),
                entries.toString());
        assertTrue(entries.stream().anyMatch(e -> e.getString("action").equals("REFUND payment")
                && e.getString("details").contains(order)), entries.toString());
        assertEquals(403, Users.as(customer, "GET", "/api/admin/audit", null).status());
    }

    @Test
    void theFunnelCountsHoldsOrdersAndSales() {
        SignedIn customer = Users.newUser();
        String show = Shows.fresh();
        Purchases.buy(customer, show, "B1");
        Purchases.heldOrFail(customer, Shows.fresh(), "B2");
        Reply funnel = Users.as(Users.admin(), "GET", "/api/admin/funnel", null);
        assertEquals(200, funnel.status(), funnel.body());
        JsonObject figures = funnel.object();
        assertTrue(figures.getInt("holdsCreated") >= 2 && figures.getInt("ordersConfirmed") >= 1, figures.toString());
        assertTrue(figures.getInt("holdsCreated") >= figures.getInt("ordersCreated"));
        assertEquals(400, Users.as(Users.admin(), "GET", "/api/admin/funnel?from=yesterday", null).status());
        assertEquals(400, Users.as(Users.admin(), "GET", "/api/admin/funnel?from=2026-12-10&to=2026-12-01", null).status());
    }
}
