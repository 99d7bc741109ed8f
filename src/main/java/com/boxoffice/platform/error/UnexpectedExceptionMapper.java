package com.boxoffice.platform.error;

import com.boxoffice.platform.web.RequestIds;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Anything nobody expected: logged with its cause on the server, a generic 500 for the client. */
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
            return ErrorResponses.of(400, ErrorCodes.VALIDATION_FAILED, BodyReadFailures.MESSAGE);
        }
        String requestId = RequestIds.current();
        LOG.log(Level.SEVERE, "Request " + requestId + " failed", e);
        return ErrorResponses.of(500, ErrorCodes.INTERNAL_ERROR, message(), Map.of("requestId", requestId));
    }

    static String message() {
        return "Something went wrong on our side; quote request id " + RequestIds.current() + " if you contact us";
    }
}
