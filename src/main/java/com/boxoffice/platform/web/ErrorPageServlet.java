package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page of the web container (see web.xml): what the server rejects before the API sees it,
 * such as a malformed URI, still answers in the API's error envelope.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object attribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean anError = attribute != null || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null;
        int status = attribute instanceof Integer code && code >= 400 ? code : anError ? 500 : 404; // 404: asked for
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED;
        };
        String message = status >= 500 ? "Something went wrong on our side" : status == 404
                ? "No such resource" : "The request was rejected";
        if (!response.containsHeader(RequestIds.HEADER)) {
            // rejected before the request id filter ran (a malformed URI, say): the id is still owed
            response.setHeader(RequestIds.HEADER, RequestIds.accept(request.getHeader(RequestIds.HEADER)));
        }
        ServletErrors.write(response, status, code.name(), message); // the container's status, kept
    }
}
