package com.boxoffice.platform;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "boxoffice")
@DeclareRoles({"user", "admin"})
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "A token from POST /api/auth/login, sent as Authorization: Bearer <token>")
@OpenAPIDefinition(
        info = @Info(title = "Boxoffice API", version = "1",
                description = "Browse movies and shows by city, hold seats on a live seat map, pay and get tickets. "
                        + "Every error has the body {\"error\": {\"code\", \"message\", \"timestamp\", \"details\"}}; "
                        + "every response carries X-Request-Id.",
                contact = @Contact(name = "Boxoffice")),
        tags = {
                @Tag(name = "Accounts", description = "Register, sign in"),
                @Tag(name = "Catalog", description = "Cities, movies, theatres and shows (public)"),
                @Tag(name = "Admin", description = "Catalog management (role admin)"),
                @Tag(name = "Seating", description = "Seat maps and seat holds"),
                @Tag(name = "Orders", description = "Orders, payment, tickets"),
                @Tag(name = "Waiting room", description = "The line for a high-demand sale")
        })
public class BoxofficeApplication extends Application {
}
