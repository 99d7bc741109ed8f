package com.boxoffice.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items", "page", "size", "totalItems", "totalPages"}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long pages = totalItems == 0 ? 0 : (totalItems + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, pages);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
