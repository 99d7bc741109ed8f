package com.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The clock every feature reads the time from, and the zone in which show dates are local days. */
@ApplicationScoped
public class TimeSettings {

    @jakarta.inject.Inject
    @ConfigProperty(name = "boxoffice.timezone", defaultValue = "Asia/Kolkata")
    String zone;

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    ZoneId businessZone() {
        return ZoneId.of(zone);
    }
}
