package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.ValidationFailed;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Every JSON request body is read whole (at most 64 KiB: no request of the API needs more) and walked by a
 * streaming parser, nested at most 32 deep, before JSON-B binds it. Binding alone is not safe against
 * hostile input: skipping an unknown property whose value is a deeply nested, unterminated object never
 * returns in the JSON-P implementation the server ships, which would pin a request thread forever.
 */
@Provider
public class JsonBodyGuard implements ReaderInterceptor {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_DEPTH = 32;
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream());
        if (body.length > 0) {
            checkWellFormed(body);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + MAX_BYTES / 1024 + " KiB");
        }
        return body;
    }

    static void checkWellFormed(byte[] body) {
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            String key = "body";
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new JsonException("nested more than " + MAX_DEPTH + " deep");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        key = parser.getString();
                        refuseNul(key, key);
                    }
                    case VALUE_STRING -> refuseNul(key, parser.getString());
                    default -> {
                        // numbers, booleans and null: the parser has checked them
                    }
                }
            }
        }
    }

    /** PostgreSQL cannot store a NUL in text: refused here, as bad input, instead of failing in the database. */
    private static void refuseNul(String field, String text) {
        if (text.indexOf('\0') >= 0) {
            throw new ValidationFailed(field.indexOf('\0') >= 0 ? "body" : field, "must not contain a NUL character");
        }
    }
}
