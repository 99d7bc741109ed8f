package com.boxoffice.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.platform.error.ValidationFailed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null));
        assertEquals(new PageRequest(0, 20), PageRequest.of("", " "));
        assertEquals(new PageRequest(3, 100), PageRequest.of("3", "100"));
    }

    @ParameterizedTest
    @CsvSource({"-1,20,page", "0,0,size", "0,101,size", "x,20,page", "0,1e2,size", "99999999999,20,page"})
    void rejectsBadValuesNamingTheField(String page, String size, String field) {
        ValidationFailed failure = assertThrows(ValidationFailed.class, () -> PageRequest.of(page, size));
        assertTrue(failure.details().containsKey(field));
        assertEquals(400, failure.status());
    }

    @Test
    void aPageFarPastTheEndDoesNotOverflow() {
        assertEquals(Integer.MAX_VALUE, new PageRequest(Integer.MAX_VALUE, 100).offset());
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void countsPages() {
        PageRequest request = new PageRequest(0, 7);
        assertEquals(5, Page.of(List.of(), request, 30).totalPages());
        assertEquals(0, Page.of(List.of(), request, 0).totalPages());
        assertEquals(1, Page.of(List.of(), request, 7).totalPages());
    }
}
