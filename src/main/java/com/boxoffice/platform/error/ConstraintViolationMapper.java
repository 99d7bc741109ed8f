package com.boxoffice.platform.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures on a request become 400 VALIDATION_FAILED, one entry per bad field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Map<String, Object> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            fields.merge(fieldName(violation.getPropertyPath()), violation.getMessage(),
                    (first, second) -> first + "; " + second);
        }
        return ErrorResponses.of(new ValidationFailed(fields));
    }

    /**
     * A resource method's path reads like {@code create.body.title} or {@code list.size}; the client
     * only cares about the field, so the method and the body parameter's name are dropped.
     */
    static String fieldName(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> parts.clear();
                case PARAMETER -> {
                    parts.clear();
                    parameter = node.getName();
                }
                default -> {
                    // an element of a list: the index belongs to the list, the name (if any) to the element
                    if (node.isInIterable() && !parts.isEmpty()) {
                        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (key != null) {
                            parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "[" + key + "]");
                        }
                    }
                    if (node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                        parts.add(node.getName());
                    }
                }
            }
        }
        if (!parts.isEmpty()) {
            return String.join(".", parts);
        }
        return parameter == null ? "body" : parameter;
    }
}
