package com.boxoffice.platform.redis;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.HostAndPort;

/**
 * Which Redis the service talks to: one server (a URL), a Redis Cluster (seed nodes) or a master watched
 * by Sentinels. Cluster nodes win over Sentinels, which win over the URL; a malformed list stops the start.
 */
public record RedisTopology(Kind kind, Set<HostAndPort> nodes, String masterName) {

    public enum Kind { SINGLE, CLUSTER, SENTINEL }

    public static RedisTopology of(Optional<String> clusterNodes, Optional<String> sentinels, String masterName) {
        if (clusterNodes.filter(s -> !s.isBlank()).isPresent()) {
            return new RedisTopology(Kind.CLUSTER, hosts("BOXOFFICE_REDIS_CLUSTER_NODES", clusterNodes.get()), null);
        }
        if (sentinels.filter(s -> !s.isBlank()).isPresent()) {
            if (masterName == null || masterName.isBlank()) {
                throw new IllegalArgumentException("BOXOFFICE_REDIS_SENTINEL_MASTER must name the master the sentinels watch");
            }
            return new RedisTopology(Kind.SENTINEL, hosts("BOXOFFICE_REDIS_SENTINELS", sentinels.get()), masterName.trim());
        }
        return new RedisTopology(Kind.SINGLE, Set.of(), null);
    }

    static Set<HostAndPort> hosts(String setting, String list) {
        Set<HostAndPort> hosts = new LinkedHashSet<>();
        for (String entry : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException(setting + ": expected host:port, got '" + entry + "'");
            }
            String host = entry.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            int port;
            try {
                port = Integer.parseInt(entry.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(setting + ": expected a port number in '" + entry + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException(setting + ": port out of range in '" + entry + "'");
            }
            hosts.add(new HostAndPort(host, port));
        }
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException(setting + ": no host:port given");
        }
        return hosts;
    }
}
