package com.boxoffice.platform.error;

import com.boxoffice.platform.web.RequestIds;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the JAX-RS runtime itself rejects (unknown path, wrong method, unsupported media type,
 * unreadable body) gets the same envelope as our own errors.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response response = switch (status) {
            case 400 -> ErrorResponses.of(ErrorCode.VALIDATION_FAILED, "The request could not be read");
            case 401 -> ErrorResponses.of(ErrorCode.UNAUTHENTICATED, "Sign in to do this");
            case 403 -> ErrorResponses.of(ErrorCode.FORBIDDEN, "You are not allowed to do this");
            case 404 -> ErrorResponses.of(ErrorCode.NOT_FOUND, "No such resource");
            case 405 -> ErrorResponses.of(ErrorCode.METHOD_NOT_ALLOWED, "Method not allowed on this resource");
            case 406 -> ErrorResponses.of(ErrorCode.NOT_ACCEPTABLE,
                    "This resource cannot answer in the media type the Accept header asks for");
            case 408 -> ErrorResponses.of(ErrorCode.REQUEST_TIMEOUT, "The request did not arrive in time");
            case 413 -> ErrorResponses.of(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large");
            case 415 -> ErrorResponses.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
            default -> null;
        };
        if (response != null) {
            copyAllowHeader(e, response);
            return response;
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Request " + RequestIds.current() + " failed", e);
            return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, UnexpectedExceptionMapper.message());
        }
        return ErrorResponses.of(ErrorCode.VALIDATION_FAILED, "The request was rejected");
    }

    private static void copyAllowHeader(WebApplicationException e, Response response) {
        Object allow = e.getResponse().getHeaders().getFirst("Allow");
        if (allow != null) {
            response.getHeaders().putSingle("Allow", allow);
        }
    }
}
