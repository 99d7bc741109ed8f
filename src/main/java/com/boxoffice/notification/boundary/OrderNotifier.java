package com.boxoffice.notification.boundary;

import com.boxoffice.notification.control.NotificationDelivery;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Consumes the order-events queue, with as many consumers as the activation spec allows
 * ({@code BOXOFFICE_NOTIFY_CONSUMERS}). The message's transaction covers only its receipt: a failure thrown
 * from here rolls it back, so the engine redelivers it (up to the queue's count) and then moves it to the
 * exception destination. A message that is not a notification id fails at once, every time.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/boxoffice/OrderEvents"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
public class OrderNotifier implements MessageListener {

    @Inject
    NotificationDelivery delivery;

    @Inject
    @ConfigProperty(name = "boxoffice.notify.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    @Inject
    @ConfigProperty(name = "boxoffice.notify.redelivery-ms", defaultValue = "10000")
    long redeliveryMillis;

    @Override
    public void onMessage(Message message) {
        UUID notificationId;
        int deliveryCount;
        boolean redelivered;
        try {
            notificationId = UUID.fromString(((TextMessage) message).getText());
            deliveryCount = message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
            redelivered = message.getJMSRedelivered() || deliveryCount > 1;
        } catch (ClassCastException | IllegalArgumentException | NullPointerException | JMSException e) {
            throw new IllegalArgumentException("Not a notification message: " + message, e);
        }
        try {
            delivery.deliver(notificationId, deliveryCount, redelivered);
        } catch (NotificationDelivery.DeliveryFailed e) {
            pauseBeforeRedelivery(deliveryCount);
            throw e;
        }
    }

    /**
     * The engine redelivers at once when the queue has an exception destination; waiting here spaces the
     * attempts out, so that an SMTP server down for a while still gets the mail.
     */
    private void pauseBeforeRedelivery(int deliveryCount) {
        if (deliveryCount >= maxDeliveries) {
            return;
        }
        try {
            Thread.sleep(redeliveryMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
