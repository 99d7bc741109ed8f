package com.boxoffice.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay between the test server and Redis that tests can cut (connections dropped, new ones
 * refused: Redis is unreachable) and restore. The integration-test server is configured to reach Redis
 * only through it; it runs in the test JVM for the whole test run.
 */
public final class RedisProxy {

    private static final RedisProxy INSTANCE = new RedisProxy();

    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private int port;
    private int redisPort;

    private RedisProxy() {
    }

    public static synchronized void start(int port, int redisPort) {
        INSTANCE.port = port;
        INSTANCE.redisPort = redisPort;
        INSTANCE.listen();
    }

    /** Redis becomes unreachable: open connections drop, new ones are refused. */
    public static synchronized void cut() {
        INSTANCE.close();
    }

    public static synchronized void restore() {
        if (INSTANCE.listener == null) {
            INSTANCE.listen();
        }
    }

    public static boolean isCut() {
        return INSTANCE.listener == null;
    }

    private void listen() {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = server;
            Thread acceptor = new Thread(() -> accept(server), "redis-proxy-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException("Redis proxy cannot listen on " + port, e);
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket redis = new Socket(InetAddress.getLoopbackAddress(), redisPort);
                sockets.add(client);
                sockets.add(redis);
                pump(client, redis);
                pump(redis, client);
            } catch (IOException e) {
                // closed by cut(), or Redis itself is down: the client sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection ended
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "redis-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void close() {
        ServerSocket server = listener;
        listener = null;
        closeQuietly(server);
        sockets.forEach(RedisProxy::closeQuietly);
        sockets.clear();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException e) {
            // nothing to do
        }
    }
}
