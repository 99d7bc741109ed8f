package com.boxoffice.platform.error;

import jakarta.ws.rs.WebApplicationException;
import com.boxoffice.platform.web.RequestIds;
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
            case 400 -> ErrorResponses.of(400, ErrorCodes.VALIDATION_FAILED, "The request could not be read");
            case 401 -> ErrorResponses.of(401, ErrorCodes.UNAUTHENTICATED, "Sign in to do this");
            case 403 -> ErrorResponses.of(403, ErrorCodes.FORBIDDEN, "You are not allowed to do this");
            case 404 -> ErrorResponses.of(404, ErrorCodes.NOT_FOUND, "No such resource");
            case 405 -> ErrorResponses.of(405, ErrorCodes.METHOD_NOT_ALLOWED, "Method not allowed on this resource");
            case 406 -> ErrorResponses.of(406, ErrorCodes.NOT_ACCEPTABLE,
                    "This resource cannot answer in the media type the Accept header asks for");
            case 415 -> ErrorResponses.of(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json");
            default -> null;
        };
        if (response != null) {
            copyAllowHeader(e, response);
            return response;
        }
        if (status >= 500) {
            LOG.log(Level.SEVERE, "Request " + RequestIds.current() + " failed", e);
            return ErrorResponses.of(500, ErrorCodes.INTERNAL_ERROR, UnexpectedExceptionMapper.message());
        }
        return ErrorResponses.of(status, "HTTP_" + status, "The request was rejected");
    }

    private static void copyAllowHeader(WebApplicationException e, Response response) {
        Object allow = e.getResponse().getHeaders().getFirst("Allow");
        if (allow != null) {
            response.getHeaders().putSingle("Allow", allow);
        }
    }
}
