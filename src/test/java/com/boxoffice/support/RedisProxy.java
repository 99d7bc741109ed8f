package com.boxoffice.support;

/**
 * The relay the integration-test server reaches Redis through, so that tests can make Redis unreachable
 * and bring it back; it runs in the test JVM for the whole test run.
 */
public final class RedisProxy {

    private static TcpProxy proxy;

    private RedisProxy() {
    }

    public static synchronized void start(int port, int redisPort) {
        proxy = new TcpProxy(port, redisPort).start();
    }

    /** Redis becomes unreachable: open connections drop, new ones are refused. */
    public static synchronized void cut() {
        proxy.cut();
    }

    public static synchronized void restore() {
        proxy.restore();
    }

    public static synchronized boolean isCut() {
        return proxy.isCut();
    }
}
