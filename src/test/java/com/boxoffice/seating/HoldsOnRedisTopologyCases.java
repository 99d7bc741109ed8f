package com.boxoffice.seating;

import com.boxoffice.support.Api;
import com.boxoffice.support.Backends;
import com.boxoffice.support.SecondServer;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The holds contract and its races on a second server of the app whose seat locks live on a Redis topology of
 * a test's own (Cluster, Sentinel): the subclass starts the Redis processes, then {@link #serveOn}.
 */
abstract class HoldsOnRedisTopologyCases extends HoldContractCases {

    private static SecondServer server;
    protected static List<SignedIn> crowd;

    /** Starts the server with these Redis settings; every thread's calls go to it until {@link #stopServing}. */
    static void serveOn(String name, int portOffset, Map<String, String> redisSettings) throws Exception {
        server = new SecondServer(name, portOffset, redisSettings);
        server.start();
        Api.useServer(server.baseUrl());
        // one after another: a server just started sheds a burst of sign-ups while it warms up
        crowd = IntStream.range(0, 40).mapToObj(i -> Users.newUser()).toList();
    }

    static void stopServing() throws Exception {
        Api.useServer(null);
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    void useBackend() {
        Backends.awaitBackend("REDIS");
    }

    @Override
    String backend() {
        return "REDIS";
    }

    @Test
    void fortyUsersOnTwoSeats() throws Exception {
        HoldRacesIT.exactlyOneWins(crowd, Shows.fresh());
    }

    @Test
    void overlappingHoldsInOppositeOrdersNeverSplit() throws Exception {
        HoldRacesIT.noSeatTwice(crowd, Shows.fresh());
    }

    @Test
    void oneUsersConcurrentHoldsLeaveExactlyTheLatestActive() throws Exception {
        HoldRacesIT.oneActiveHoldPerUser(crowd, Shows.fresh());
    }
}
