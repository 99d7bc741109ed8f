package com.boxoffice.platform.web;

import com.boxoffice.platform.logging.LogContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every API request an id (the client's, when it sent a usable one) and echoes it back. */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        RequestIds.set(id);
        LogContext.put(RequestIds.LOG_FIELD, id);
        response.setHeader(RequestIds.HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestIds.clear();
            LogContext.remove(RequestIds.LOG_FIELD);
            LogContext.remove(CallerLogField.NAME);
        }
    }
}
