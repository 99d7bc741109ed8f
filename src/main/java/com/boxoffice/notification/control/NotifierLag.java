package com.boxoffice.notification.control;

import com.boxoffice.platform.web.FallingBehind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How late confirmation emails go out: from the order's commit to the mail sent, smoothed over the last mails.
 * Past {@code boxoffice.notify.max-lag-ms} the server is behind with its own emails, and sheds what is not
 * checkout (new holds, browsing) until it catches up (checkout goes on). Only mails that went out count: with the
 * SMTP server down nothing is sent, and the sale goes on while the mails wait for it.
 */
@ApplicationScoped
public class NotifierLag implements FallingBehind {

    /** Mails sent longer ago than this say nothing about now. */
    private static final long RECENT_NANOS = TimeUnit.SECONDS.toNanos(5);

    @Inject
    @ConfigProperty(name = "boxoffice.notify.max-lag-ms", defaultValue = "2000")
    long maxLagMillis;

    private volatile double lagMillis;
    private volatile long lastSent = System.nanoTime() - RECENT_NANOS;

    void sent(Duration lag) {
        lagMillis = 0.8 * lagMillis + 0.2 * lag.toMillis();
        lastSent = System.nanoTime();
    }

    @Override
    public boolean behind() {
        return maxLagMillis > 0 && lagMillis > maxLagMillis && System.nanoTime() - lastSent < RECENT_NANOS;
    }
}
