package com.boxoffice.platform.error;

import com.boxoffice.platform.web.RequestIds;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything nobody expected: logged with its cause on the server, a generic 500 for the client; a transient
 * failure of the database (restart, pool or lock timeout) is a 503 the client may retry.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        ApiException wrapped = ApiExceptions.find(e);
        if (wrapped != null) {
            return ErrorResponses.of(wrapped);
        }
        if (BodyReadFailures.isUnreadableBody(e)) {
            return ErrorResponses.of(ErrorCode.VALIDATION_FAILED, BodyReadFailures.MESSAGE,
                    BodyReadFailures.details(e));
        }
        String requestId = RequestIds.current();
        if (TransientFailures.isTransient(e)) {
            LOG.log(Level.WARNING, "Request {0} refused for now: {1}", new Object[] {requestId, rootMessage(e)});
            return Response.fromResponse(ErrorResponses.of(ErrorCode.UNAVAILABLE,
                            "The service is busy or briefly unavailable; nothing was changed. Try again in a moment",
                            Map.of("requestId", requestId)))
                    .header("Retry-After", "1").build();
        }
        LOG.log(Level.SEVERE, "Request " + requestId + " failed", e);
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, message(), Map.of("requestId", requestId));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    static String message() {
        return "Something went wrong on our side; quote request id " + RequestIds.current() + " if you contact us";
    }
}
