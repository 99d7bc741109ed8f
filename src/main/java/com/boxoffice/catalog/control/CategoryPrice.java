package com.boxoffice.catalog.control;

import java.math.BigDecimal;

/** The price of one seat category at one show. */
public record CategoryPrice(String name, BigDecimal price) {
}
