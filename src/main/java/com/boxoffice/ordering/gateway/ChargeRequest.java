package com.boxoffice.ordering.gateway;

import java.math.BigDecimal;

public record ChargeRequest(String key, BigDecimal amount, String currency, String method, String token) {
}
