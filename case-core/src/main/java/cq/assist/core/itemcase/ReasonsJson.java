package cq.assist.core.itemcase;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code reasons} column: a JSON array of Chinese sentences. */
public final class ReasonsJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {};

    private ReasonsJson() {}

    public static String write(List<String> reasons) {
        return JSON.writeValueAsString(reasons == null ? List.of() : reasons);
    }

    public static List<String> read(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(JSON.readValue(json, LIST));
    }

    /** The stored reasons with one more appended. */
    public static String append(String json, String reason) {
        List<String> all = new ArrayList<>(read(json));
        all.add(reason);
        return write(all);
    }
}
