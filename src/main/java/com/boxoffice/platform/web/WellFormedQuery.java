package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A query string that cannot be decoded (a bad {@code %} escape such as {@code ?x=%zz} or {@code ?q=%}) is
 * answered 400 before anything else reads it: the API's framework fails on it with an exception of its own.
 */
public class WellFormedQuery extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query != null && !wellEscaped(query)) {
            response.setHeader(RequestIds.HEADER, RequestIds.accept(request.getHeader(RequestIds.HEADER)));
            ServletErrors.write(response, ErrorCode.VALIDATION_FAILED,
                    "The query string has a malformed %-escape; encode a literal % as %25");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Every {@code %} is followed by two hexadecimal digits. */
    static boolean wellEscaped(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 3)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
