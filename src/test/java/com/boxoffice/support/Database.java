package com.boxoffice.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Direct reads of the test database, for what the API does not show (charges at the provider, sold seats). */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A direct write, for what a test cannot wait for (a token past its end). Answers the rows changed. */
    public static int update(String sql, Object... parameters) {
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
             PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Charges the sandbox provider captured (and did not give back) for an order. */
    public static long capturedCharges(String orderId) {
        return count("SELECT count(*) FROM sandbox_charges c JOIN payments p ON p.gateway_key = c.charge_key"
                + " WHERE p.order_id = ?::uuid AND c.status = 'CAPTURED'", orderId);
    }

    /** Charges the provider ever captured for an order, refunded or not. */
    public static long everCaptured(String orderId) {
        return count("SELECT count(*) FROM sandbox_charges c JOIN payments p ON p.gateway_key = c.charge_key"
                + " WHERE p.order_id = ?::uuid AND c.captured_at IS NOT NULL", orderId);
    }
}
