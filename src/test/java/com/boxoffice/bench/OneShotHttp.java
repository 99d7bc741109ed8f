package com.boxoffice.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request on a connection of its own ("Connection: close"), on a plain socket. The open-loop
 * phase needs a client far cheaper than the server it measures, on the cores they share: the server closes the
 * connection after every 409 anyway, and the JDK's HTTP client spends more on each new connection than the
 * server spends on the hold (measured: at 2,500 holds/s it fell behind its own schedule by seconds).
 */
final class OneShotHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private OneShotHttp() {
    }

    /** @return the response's status code */
    static int post(URI server, String path, String token, String json) throws IOException {
        return post(server, path, token, json, TIMEOUT_MILLIS);
    }

    static int post(URI server, String path, String token, String json, int timeoutMillis) throws IOException {
        return send(server, "POST", path, token, json, timeoutMillis);
    }

    /** A request without a body when {@code json} is null (then no token either, when {@code token} is null). */
    static int send(URI server, String method, String path, String token, String json, int timeoutMillis)
            throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: " + server.getAuthority()
                + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
                + (json == null ? "" : "\r\nContent-Type: application/json\r\nContent-Length: " + body.length)
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] statusLine = in.readNBytes("HTTP/1.1 200".length());
            int status = Integer.parseInt(new String(statusLine, 9, 3, StandardCharsets.US_ASCII));
            in.transferTo(OutputStream.nullOutputStream()); // the rest, until the server closes
            return status;
        }
    }
}
