package com.boxoffice.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Boxoffice API", version = "1",
                description = "Browse movies and shows by city, hold seats on a live seat map, pay and get tickets. "
                        + "Every error has the body {\"error\": {\"code\", \"message\", \"timestamp\", \"details\"}}; "
                        + "every response carries X-Request-Id.",
                contact = @Contact(name = "Boxoffice")),
        tags = {
                @Tag(name = "Catalog", description = "Cities, movies, theatres and shows (public)"),
                @Tag(name = "Seating", description = "Seat maps and seat holds")
        })
public class BoxofficeApplication extends Application {
}
