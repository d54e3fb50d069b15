package cq.assist.core.intake;

import cq.assist.core.pii.PiiCipher;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SHA-256 of a request's canonical JSON: properties in alphabetical order, map entries by key, no
 * whitespace, nulls written. Two requests with the same content give the same hash whatever the order
 * of their JSON members; list order counts.
 */
public final class RequestHash {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RequestHash() {}

    /** The canonical JSON text of a request object. */
    public static String canonicalJson(Object request) {
        return CANONICAL.writeValueAsString(request);
    }

    /** Hex SHA-256 of the canonical JSON. */
    public static String of(Object request) {
        return PiiCipher.sha256Hex(canonicalJson(request).getBytes(StandardCharsets.UTF_8));
    }
}
