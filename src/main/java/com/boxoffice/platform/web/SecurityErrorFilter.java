package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorBody;
import com.boxoffice.platform.error.ErrorCode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

/**
 * The server's token check answers 401 and 403 with an empty body; this gives those answers the API's
 * error envelope (an expired, tampered or foreign token and a missing role all look alike to clients).
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class SecurityErrorFilter extends HttpFilter {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BodyWatchingResponse watched = new BodyWatchingResponse(response);
        chain.doFilter(request, watched);
        int status = watched.getStatus();
        if ((status == 401 || status == 403) && !watched.bodyWritten && !response.isCommitted()) {
            response.resetBuffer();
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            String body = status == 401
                    ? JSONB.toJson(ErrorBody.of(ErrorCode.UNAUTHENTICATED.name(),
                            "Sign in: a valid, unexpired token is required", Map.of()))
                    : JSONB.toJson(ErrorBody.of(ErrorCode.FORBIDDEN.name(), "Your account may not do this", Map.of()));
            response.getWriter().write(body);
        }
    }

    /** Holds back an empty 401/403 so the envelope can still be written after the chain. */
    private static final class BodyWatchingResponse extends HttpServletResponseWrapper {

        private boolean bodyWritten;

        BodyWatchingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (sc == 401 || sc == 403) {
                setStatus(sc);
            } else {
                super.sendError(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (sc == 401 || sc == 403) {
                setStatus(sc);
            } else {
                super.sendError(sc, msg);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (getStatus() != 401 && getStatus() != 403) {
                super.flushBuffer();
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            bodyWritten = true;
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            bodyWritten = true;
            return super.getWriter();
        }
    }
}
