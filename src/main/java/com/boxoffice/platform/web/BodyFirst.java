package com.boxoffice.platform.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a request's body before any work starts, without holding a thread while it trickles in: the
 * container reads it as it arrives (non-blocking), and only a complete body is dispatched to the API. A body
 * not complete within {@code boxoffice.http.body-timeout-seconds} is answered 408 and the connection closed,
 * so clients that send slowly cannot pin the server's threads. First in the filter chain (see web.xml): the
 * other filters run on the dispatch that carries the whole body.
 */
public class BodyFirst extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(BodyFirst.class.getName());
    private static final String BODY = BodyFirst.class.getName() + ".body";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final int MAX_BYTES = 64 * 1024;

    private long timeoutMillis;

    @Override
    public void init() {
        timeoutMillis = 1000L * ConfigProvider.getConfig()
                .getOptionalValue("boxoffice.http.body-timeout-seconds", Integer.class).orElse(10);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(BODY) instanceof byte[] body) {
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > MAX_BYTES) {
            fail(response, 413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + MAX_BYTES / 1024 + " KiB");
            return;
        }
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(timeoutMillis);
        ServletInputStream in = request.getInputStream();
        BodyReader reader = new BodyReader(async, request, response, in);
        async.addListener(reader);
        in.setReadListener(reader);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return WITH_BODY.contains(request.getMethod())
                && (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null);
    }

    private static void fail(HttpServletResponse response, int status, String code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setHeader("Connection", "close");
        ServletErrors.write(response, status, code, message);
    }

    /** Collects one body as the container hands it over; ends with a dispatch, or with an error answer. */
    private static final class BodyReader implements ReadListener, AsyncListener {

        private final AsyncContext async;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ServletInputStream in;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[8192];
        private final AtomicBoolean ended = new AtomicBoolean();

        BodyReader(AsyncContext async, HttpServletRequest request, HttpServletResponse response, ServletInputStream in) {
            this.async = async;
            this.request = request;
            this.response = response;
            this.in = in;
        }

        @Override
        public void onDataAvailable() throws IOException {
            while (in.isReady() && !in.isFinished()) {
                int read = in.read(buffer);
                if (read < 0) {
                    return;
                }
                body.write(buffer, 0, read);
                if (body.size() > MAX_BYTES) {
                    end(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + MAX_BYTES / 1024 + " KiB");
                    return;
                }
            }
        }

        @Override
        public void onAllDataRead() {
            if (ended.compareAndSet(false, true)) {
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public void onError(Throwable failure) {
            LOG.log(Level.FINE, "A request body could not be read", failure);
            end(400, "VALIDATION_FAILED", "The request body could not be read");
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            end(408, "REQUEST_TIMEOUT", "The request body did not arrive in time");
        }

        @Override
        public void onError(AsyncEvent event) {
            end(400, "VALIDATION_FAILED", "The request body could not be read");
        }

        @Override
        public void onComplete(AsyncEvent event) {
            ended.set(true);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }

        private void end(int status, String code, String message) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            try {
                fail(response, status, code, message);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.FINE, "Could not answer a request whose body failed", e);
            } finally {
                async.complete();
            }
        }
    }
}
