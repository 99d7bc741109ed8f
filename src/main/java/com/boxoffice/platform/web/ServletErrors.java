package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorBody;
import com.boxoffice.platform.error.ErrorCode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** The API's error envelope written by servlet filters, which answer before JAX-RS and its mappers run. */
final class ServletErrors {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ServletErrors() {
    }

    static void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        write(response, code.status(), code.name(), message);
    }

    /** For a status the container chose (its error page), with the code that goes with it. */
    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(ErrorBody.of(code, message, Map.of())));
    }
}
