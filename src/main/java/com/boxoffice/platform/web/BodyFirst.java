package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a request's body before any work starts, so that clients sending slowly cannot pin the server. A body
 * that came with its headers (nearly all of them) goes on at once. One still arriving is read by the request's
 * thread, but only so many such reads run at once ({@code boxoffice.http.slow-bodies}; beyond them a slow
 * client gets 503 at once) and each must be whole within {@code boxoffice.http.body-timeout-seconds} (408 and
 * the connection closed otherwise): a crowd of trickling uploads holds a bounded number of threads, never the
 * server. (Reading them without a thread, through the servlet container's asynchronous dispatch, failed on
 * Open Liberty under load: the dispatch lost its application now and then and answered an empty 200.)
 */
public class BodyFirst extends HttpFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final int MAX_BYTES = 64 * 1024;

    private long timeoutNanos;
    private Semaphore slowReads;

    /** The body did not arrive whole in time. */
    private static final class TooSlow extends IOException {
        TooSlow() {
            super(null, null);
        }
    }

    @Override
    public void init() {
        var config = ConfigProvider.getConfig();
        timeoutNanos = TimeUnit.SECONDS.toNanos(config.getOptionalValue("boxoffice.http.body-timeout-seconds",
                Integer.class).orElse(10));
        slowReads = new Semaphore(config.getOptionalValue("boxoffice.http.slow-bodies", Integer.class).orElse(32));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            fail(response, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + MAX_BYTES / 1024 + " KiB");
            return;
        }
        ServletInputStream in = request.getInputStream();
        byte[] body;
        if (length > 0 && in.available() >= length) {
            body = in.readNBytes((int) length);
        } else if (!slowReads.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            fail(response, ErrorCode.UNAVAILABLE, "Too many requests are still sending their bodies; try again");
            return;
        } else {
            try {
                body = readInTime(in, length);
            } catch (IOException e) { // too slow, or silent past the server's read timeout
                fail(response, ErrorCode.REQUEST_TIMEOUT, "The request body did not arrive in time");
                return;
            } finally {
                slowReads.release();
            }
            if (body.length > MAX_BYTES) {
                fail(response, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + MAX_BYTES / 1024 + " KiB");
                return;
            }
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** Reads until the body is whole (or one byte past the limit); each read waits at most the server's read timeout. */
    private byte[] readInTime(ServletInputStream in, long length) throws IOException {
        long deadline = System.nanoTime() + timeoutNanos;
        long wanted = length > 0 ? length : MAX_BYTES + 1;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (body.size() < wanted) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - body.size()));
            if (read < 0) {
                break;
            }
            body.write(buffer, 0, read);
            if (System.nanoTime() > deadline && body.size() < wanted && length > 0) {
                throw new TooSlow();
            }
        }
        return body.toByteArray();
    }

    private static boolean hasBody(HttpServletRequest request) {
        return WITH_BODY.contains(request.getMethod())
                && (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null);
    }

    private static void fail(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        response.setHeader("Connection", "close");
        response.setHeader(RequestIds.HEADER, RequestIds.accept(null));
        ServletErrors.write(response, code, message);
    }
}
