package com.boxoffice.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every operation of the API has in common, written into the generated document once instead of on
 * each resource method: the error envelope on every 4xx and 5xx answer (and the answers every operation
 * can give), the response headers, typed paging and id parameters, and {@code security: []} on the
 * public operations, so that generated clients and linters read the contract as it is.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String ERROR = "Error";
    private static final String ERROR_REF = "#/components/schemas/" + ERROR;
    private static final String JSON = "application/json";
    /** Public operations that say more to a signed-in caller (the seat map marks the caller's own seats). */
    private static final Set<String> OPTIONAL_SIGN_IN = Set.of("getSeatMap");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components = document.getComponents() == null ? OASFactory.createComponents()
                : document.getComponents();
        document.setComponents(components);
        DuplicateSchemas.collapse(document);
        components.addSchema(ERROR, errorEnvelope());
        components.addHeader("X-Request-Id", header("The request's id (the client's own when it sent one); the"
                + " server's log lines for the request carry it", OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        components.addHeader("Retry-After", header("Seconds to wait before trying again",
                OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)));
        components.addHeader("Location", header("The address of what was created",
                OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri-reference")));
        if (document.getPaths() == null) {
            return;
        }
        document.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().forEach((method, operation) -> complete(path, method, operation));
            }
        });
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        boolean signedIn = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (!signedIn) { // public: no token needed, or one that is optional
            operation.setSecurity(OPTIONAL_SIGN_IN.contains(operation.getOperationId())
                    ? new ArrayList<>(List.of(OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme("jwt")))
                    : new ArrayList<>());
        }
        typeParameters(operation);
        if (operation.getDescription() == null || operation.getDescription().isBlank()) {
            operation.setDescription(operation.getSummary());
        }
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                : operation.getResponses();
        operation.setResponses(responses);
        boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
                && !operation.getParameters().isEmpty());
        if (takesInput) {
            addIfMissing(responses, "400", "VALIDATION_FAILED: a bad field, parameter or body; details name each");
        }
        if (signedIn) {
            addIfMissing(responses, "401", "UNAUTHENTICATED: no valid, unexpired token");
            if (path.startsWith("/api/admin/")) {
                addIfMissing(responses, "403", "FORBIDDEN: the account is not an admin");
            }
        }
        if (path.contains("{")) {
            addIfMissing(responses, "404", "NOT_FOUND: no such resource (or not the caller's)");
        }
        addIfMissing(responses, "500", "INTERNAL_ERROR: quote the request id when you contact us");
        addIfMissing(responses, "503", "UNAVAILABLE: the service cannot do this now; try again after Retry-After");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            describe(entry.getKey(), entry.getValue());
        }
    }

    private static void describe(String status, APIResponse response) {
        response.addHeader("X-Request-Id", OASFactory.createHeader().ref("X-Request-Id"));
        if (status.equals("201")) {
            response.addHeader("Location", OASFactory.createHeader().ref("Location"));
        }
        if (status.equals("429") || status.equals("503")) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
        }
        if (status.startsWith("4") || status.startsWith("5")) {
            Content content = OASFactory.createContent();
            MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_REF));
            MediaType documented = response.getContent() == null ? null : response.getContent().getMediaType(JSON);
            if (documented == null && response.getContent() != null && response.getContent().getMediaTypes().size() == 1) {
                documented = response.getContent().getMediaTypes().values().iterator().next();
            }
            if (documented != null) {
                json.setExamples(documented.getExamples());
                json.setExample(documented.getExample());
            }
            content.addMediaType(JSON, json);
            response.setContent(content);
        }
    }

    private static void addIfMissing(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Paging parameters are integers; ids in paths are UUIDs. */
    private static void typeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = OASFactory.createSchema();
            switch (parameter.getName()) {
                case "page" -> parameter.setSchema(schema.type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ZERO).defaultValue(0));
                case "size" -> parameter.setSchema(schema.type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(100)).defaultValue(20));
                default -> {
                    if (parameter.getIn() == Parameter.In.PATH && parameter.getName().endsWith("Id")) {
                        parameter.setSchema(schema.type(Schema.SchemaType.STRING).format("uuid"));
                    }
                }
            }
        }
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    /** {@code {"error": {"code", "message", "timestamp", "details"}}}. */
    private static Schema errorEnvelope() {
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .required(List.of("code", "message", "timestamp", "details"))
                .addProperty("code", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("A stable code of the contract, such as SEATS_UNAVAILABLE").example("SEATS_UNAVAILABLE"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("For people; may change"))
                .addProperty("timestamp", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time"))
                .addProperty("details", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                        .additionalPropertiesBoolean(true)
                        .description("More about the error: the bad fields of a VALIDATION_FAILED, the seats of a"
                                + " SEATS_UNAVAILABLE, the limit of a HOLD_LIMIT_REACHED"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).required(List.of("error"))
                .description("The body of every error answer").addProperty("error", error);
    }
}
