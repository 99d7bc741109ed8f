package com.boxoffice.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowLabelsTest {

    @ParameterizedTest
    @CsvSource({"0,A", "1,B", "25,Z", "26,AA", "27,AB", "51,AZ", "52,BA", "701,ZZ", "702,AAA"})
    void labelsRunLikeSpreadsheetColumns(int index, String label) {
        assertEquals(label, RowLabels.label(index));
        assertEquals(index, RowLabels.index(label));
    }

    @Test
    void everyIndexRoundTrips() {
        for (int i = 0; i < 2000; i++) {
            assertEquals(i, RowLabels.index(RowLabels.label(i)));
        }
    }

    @ParameterizedTest
    @CsvSource({"a", "A1", "''", "ABCD", "-"})
    void whatIsNotALabelHasNoIndex(String text) {
        assertEquals(-1, RowLabels.index(text));
    }
}
