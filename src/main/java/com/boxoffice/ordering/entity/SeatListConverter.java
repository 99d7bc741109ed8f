package com.boxoffice.ordering.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Seat ids come from screen layouts and never contain commas: stored as "A1,A2". */
@Converter
public class SeatListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> seats) {
        return String.join(",", seats);
    }

    @Override
    public List<String> convertToEntityAttribute(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }
}
