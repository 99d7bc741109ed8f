package com.boxoffice.notification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NotifierLagTest {

    private final NotifierLag lag = new NotifierLag();

    NotifierLagTest() {
        lag.maxLagMillis = 2000;
    }

    @Test
    void mailsGoingOutLateMakeTheServerBehindAndPromptOnesCatchItUp() {
        assertFalse(lag.behind(), "nothing sent yet");
        for (int i = 0; i < 10; i++) {
            lag.sent(Duration.ofSeconds(8));
        }
        assertTrue(lag.behind());
        for (int i = 0; i < 20; i++) {
            lag.sent(Duration.ofMillis(50));
        }
        assertFalse(lag.behind());
    }

    @Test
    void oneLateMailIsNotABacklog() {
        lag.sent(Duration.ofSeconds(6));
        assertFalse(lag.behind(), "smoothed over the last mails");
    }

    @Test
    void turnedOffItIsNeverBehind() {
        lag.maxLagMillis = 0;
        for (int i = 0; i < 10; i++) {
            lag.sent(Duration.ofSeconds(30));
        }
        assertFalse(lag.behind());
    }
}
