package com.boxoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WellFormedQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"city=Mumbai|true", "q=a%20b|true", "q=%E2%82%B9|true", "q=%25|true",
            "x=%zz|false", "q=%|false", "q=%2|false", "q=ab%2g|false", "q=%20%|false", "|true"})
    void everyEscapeHasTwoHexDigits(String query, boolean wellEscaped) {
        assertEquals(wellEscaped, WellFormedQuery.wellEscaped(query == null ? "" : query), query);
    }
}
