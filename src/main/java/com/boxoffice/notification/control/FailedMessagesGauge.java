package com.boxoffice.notification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * {@code notifications_failed_messages}: how many order events sit in the exception destination of this
 * server's queue (each a customer whose email kept failing), read when the metrics are scraped; -1 when the
 * queue cannot be browsed. The alert on it is in deploy/prometheus.
 */
@ApplicationScoped
public class FailedMessagesGauge {

    @Resource(lookup = "jms/boxoffice/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "jms/boxoffice/OrderEventsFailed")
    Queue failed;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        metrics.gauge(Metadata.builder().withName("notifications.failed-messages")
                .withDescription("Order events in the exception destination of the notification queue").build(),
                this, FailedMessagesGauge::depth);
    }

    long depth() {
        try (JMSContext context = connections.createContext(); QueueBrowser browser = context.createBrowser(failed)) {
            long count = 0;
            for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements(); messages.nextElement()) {
                count++;
            }
            return count;
        } catch (JMSException | JMSRuntimeException e) {
            return -1;
        }
    }
}
