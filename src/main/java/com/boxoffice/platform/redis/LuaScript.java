package com.boxoffice.platform.redis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

/**
 * A Lua script of the service's (a resource on the class path), run by its SHA; loaded on first use and
 * loaded again when Redis has forgotten it (a restart, a fail-over).
 */
public final class LuaScript {

    private final String name;
    private final String source;
    private volatile String sha;

    /** @param preludes scripts of shared local functions, sent in front of this one (Redis has no includes) */
    public LuaScript(String resource, String... preludes) {
        this.name = resource;
        StringBuilder text = new StringBuilder();
        for (String prelude : preludes) {
            text.append(read(prelude));
        }
        this.source = text.append(read(resource)).toString();
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

    public void load(Jedis jedis) {
        sha = jedis.scriptLoad(source);
    }

    /** The script's answer; a list of strings for the scripts that answer several values. */
    public Object eval(Jedis jedis, List<String> keys, List<String> args) {
        if (sha == null) {
            load(jedis);
        }
        try {
            return jedis.evalsha(sha, keys, args);
        } catch (JedisNoScriptException e) {
            load(jedis);
            return jedis.evalsha(sha, keys, args);
        }
    }

    /** The script's answer as strings (every script that answers a list answers strings). */
    @SuppressWarnings("unchecked")
    public List<String> evalList(Jedis jedis, List<String> keys, List<String> args) {
        Object reply = eval(jedis, keys, args);
        return reply instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(reply));
    }

    @Override
    public String toString() {
        return name;
    }
}
