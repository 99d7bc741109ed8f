package com.boxoffice.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The scanner may register one record twice, the second time as {@code Name1} with the same properties (it
 * depends on the order in which it meets the classes of the archive): the copy goes and every reference to it
 * names the original, so that the document has one schema per type whatever the packaging.
 */
final class DuplicateSchemas {

    private static final String REF = "#/components/schemas/";
    private static final Pattern NUMBERED = Pattern.compile("(.+?)\\d+");

    private DuplicateSchemas() {
    }

    static void collapse(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> originals = new HashMap<>();
        schemas.forEach((name, schema) -> {
            Matcher numbered = NUMBERED.matcher(name);
            if (numbered.matches() && sameShape(schemas.get(numbered.group(1)), schema)) {
                originals.put(REF + name, REF + numbered.group(1));
            }
        });
        if (originals.isEmpty()) {
            return;
        }
        List<Schema> all = new ArrayList<>(schemas.values());
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            for (PathItem path : document.getPaths().getPathItems().values()) {
                path.getOperations().values().forEach(operation -> collect(operation, all));
            }
        }
        all.forEach(schema -> redirect(schema, originals));
        originals.keySet().forEach(ref -> document.getComponents().removeSchema(ref.substring(REF.length())));
    }

    /** Same properties by name; the copy's references may still name copies, so types are not compared. */
    private static boolean sameShape(Schema original, Schema copy) {
        return original != null && Objects.equals(original.getType(), copy.getType())
                && Objects.equals(keys(original.getProperties()), keys(copy.getProperties()));
    }

    private static Object keys(Map<String, Schema> properties) {
        return properties == null ? null : properties.keySet();
    }

    private static void collect(Operation operation, List<Schema> into) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                add(parameter.getSchema(), into);
                collect(parameter.getContent(), into);
            }
        }
        if (operation.getRequestBody() != null) {
            collect(operation.getRequestBody().getContent(), into);
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                collect(response.getContent(), into);
                if (response.getHeaders() != null) {
                    response.getHeaders().values().stream().map(Header::getSchema).forEach(schema -> add(schema, into));
                }
            }
        }
    }

    private static void collect(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).forEach(schema -> add(schema, into));
        }
    }

    private static void add(Schema schema, List<Schema> into) {
        if (schema != null) {
            into.add(schema);
        }
    }

    private static void redirect(Schema schema, Map<String, String> originals) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && originals.containsKey(schema.getRef())) {
            schema.setRef(originals.get(schema.getRef()));
        }
        redirectAll(schema.getProperties() == null ? null : schema.getProperties().values(), originals);
        redirect(schema.getItems(), originals);
        redirect(schema.getAdditionalPropertiesSchema(), originals);
        redirect(schema.getNot(), originals);
        redirectAll(schema.getAllOf(), originals);
        redirectAll(schema.getAnyOf(), originals);
        redirectAll(schema.getOneOf(), originals);
    }

    private static void redirectAll(Collection<Schema> schemas, Map<String, String> originals) {
        if (schemas != null) {
            schemas.forEach(schema -> redirect(schema, originals));
        }
    }
}
