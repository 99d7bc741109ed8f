package com.boxoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.FixedLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadSheddingTest {

    @Test
    void aFloodOfOtherRequestsLeavesCheckoutItsShare() {
        Limiter<Boolean> limiter = LoadShedding.limiter(FixedLimit.of(10), 0.5);
        List<Limiter.Listener> inFlight = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // holds and browsing take the whole limit while checkout is idle
            inFlight.add(limiter.acquire(false).orElseThrow());
        }
        assertFalse(limiter.acquire(false).isPresent(), "beyond the limit the rest is shed");
        for (int i = 0; i < 5; i++) {
            Optional<Limiter.Listener> checkout = limiter.acquire(true);
            assertTrue(checkout.isPresent(), "checkout " + i + " gets its share");
            inFlight.add(checkout.get());
        }
        assertFalse(limiter.acquire(true).isPresent(), "and no more than it, once the limit is full");
        inFlight.forEach(Limiter.Listener::onSuccess);
    }

    @Test
    void checkoutMayUseWhatTheRestLeaves() {
        Limiter<Boolean> limiter = LoadShedding.limiter(FixedLimit.of(10), 0.5);
        for (int i = 0; i < 10; i++) {
            assertTrue(limiter.acquire(true).isPresent(), "checkout " + i);
        }
        assertTrue(limiter.acquire(false).isPresent(), "the rest keeps its own share");
    }
}
