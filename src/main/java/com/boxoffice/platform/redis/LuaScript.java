package com.boxoffice.platform.redis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script of the service's (a resource on the class path), run by its SHA; sent whole, on the node that
 * owns its keys, when that node does not know it yet (a new node, a restart, a fail-over). Every key it
 * touches is in {@code keys}, all in one cluster slot.
 */
public final class LuaScript {

    private final String name;
    private final String source;
    private final String sha;

    /** @param preludes scripts of shared local functions, sent in front of this one (Redis has no includes) */
    public LuaScript(String resource, String... preludes) {
        this.name = resource;
        StringBuilder text = new StringBuilder();
        for (String prelude : preludes) {
            text.append(read(prelude));
        }
        this.source = text.append(read(resource)).toString();
        this.sha = sha1(source);
    }

    private static String read(String resource) {
        try (InputStream in = LuaScript.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable script " + resource, e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script's answer; a list of strings for the scripts that answer several values. */
    public Object eval(UnifiedJedis redis, List<String> keys, List<String> args) {
        try {
            return redis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            return redis.eval(source, keys, args); // EVAL also caches it on that node
        }
    }

    /** The script's answer as strings (every script that answers a list answers strings). */
    @SuppressWarnings("unchecked")
    public List<String> evalList(UnifiedJedis redis, List<String> keys, List<String> args) {
        Object reply = eval(redis, keys, args);
        return reply instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(reply));
    }

    @Override
    public String toString() {
        return name;
    }
}
