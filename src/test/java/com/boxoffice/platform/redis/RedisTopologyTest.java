package com.boxoffice.platform.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import redis.clients.jedis.HostAndPort;

class RedisTopologyTest {

    @Test
    void oneServerWhenNeitherClusterNorSentinelsAreSet() {
        assertEquals(RedisTopology.Kind.SINGLE, RedisTopology.of(Optional.empty(), Optional.of(" "), "m").kind());
    }

    @Test
    void clusterNodesWinOverSentinels() {
        RedisTopology topology = RedisTopology.of(Optional.of("10.0.0.1:7000, redis-1.redis:7001 ,"),
                Optional.of("s:26379"), "m");
        assertEquals(RedisTopology.Kind.CLUSTER, topology.kind());
        assertEquals(List.of(new HostAndPort("10.0.0.1", 7000), new HostAndPort("redis-1.redis", 7001)),
                List.copyOf(topology.nodes()));
    }

    @Test
    void sentinelsNeedTheMastersName() {
        RedisTopology topology = RedisTopology.of(Optional.empty(), Optional.of("[::1]:26379,s2:26380"), " mymaster ");
        assertEquals(RedisTopology.Kind.SENTINEL, topology.kind());
        assertEquals("mymaster", topology.masterName());
        assertTrue(topology.nodes().contains(new HostAndPort("::1", 26379)));
        IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class,
                () -> RedisTopology.of(Optional.empty(), Optional.of("s:26379"), ""));
        assertTrue(unnamed.getMessage().contains("BOXOFFICE_REDIS_SENTINEL_MASTER"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"redis", "redis:", ":6379", "redis:port", "redis:0", "redis:70000", ",,"})
    void aMalformedListStopsTheStartWithTheSettingNamed(String list) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RedisTopology.of(Optional.of(list), Optional.empty(), null));
        assertTrue(error.getMessage().startsWith("BOXOFFICE_REDIS_CLUSTER_NODES"), error.getMessage());
    }
}
