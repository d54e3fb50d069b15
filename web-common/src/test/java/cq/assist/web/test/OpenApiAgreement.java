package cq.assist.web.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/** Compares an app's served OpenAPI document with what {@code docs/API.md} lists for it. */
public final class OpenApiAgreement {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    private OpenApiAgreement() {}

    /** The operations of an OpenAPI document by key ({@code "POST /api/v1/tasks/{}/claim"}), with their responses. */
    public static Map<String, JsonNode> operations(JsonNode openApi) {
        Map<String, JsonNode> operations = new TreeMap<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations.put(
                            op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + ApiContract.normalize(path.getKey()),
                            op.getValue());
                }
            }
        }
        return operations;
    }

    /**
     * Fails unless the document serves exactly the contract's operations, except those listed as not
     * built yet (which may or may not be served), and documents for each operation every 4xx status the
     * contract names for it, as a problem document.
     */
    public static void assertAgrees(JsonNode openApi, ApiContract contract, Set<String> notBuiltYet) {
        Map<String, JsonNode> served = operations(openApi);
        Set<String> missing = new TreeSet<>(contract.keys());
        missing.removeAll(served.keySet());
        missing.removeAll(notBuiltYet);
        assertThat(missing)
                .as("operations docs/API.md lists that the app does not serve (build them, or list them as not"
                        + " built yet in the test)")
                .isEmpty();
        Set<String> undocumented = new TreeSet<>(served.keySet());
        undocumented.removeAll(contract.keys());
        assertThat(undocumented)
                .as("operations the app serves that docs/API.md does not list (add them to its 'Beyond the"
                        + " contract' section of this app, or to ../shared/API.md)")
                .isEmpty();
        contract.problems().forEach((key, statuses) -> {
            JsonNode operation = served.get(key);
            if (operation == null) {
                return;
            }
            for (int status : statuses) {
                JsonNode response = operation.path("responses").path(Integer.toString(status));
                assertThat(response.path("content").has("application/problem+json"))
                        .as(key + " documents its " + status + " problem response")
                        .isTrue();
            }
        });
        served.forEach((key, operation) -> assertThat(
                        operation.path("responses").path("500").path("content").has("application/problem+json"))
                .as(key + " documents problem responses")
                .isTrue());
    }
}
