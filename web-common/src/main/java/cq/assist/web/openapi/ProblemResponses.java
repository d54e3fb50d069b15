package cq.assist.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * Adds to every operation the RFC 9457 problem responses ({@code application/problem+json}) it can
 * answer with: 400 and 413 when it takes a body or parameters, 404 when its path names a thing, 401 and
 * 403 unless it is open, 500 and 503 always, and the statuses its app's {@link ApiDescription} names for
 * it. Operations that need a login carry the bearer-token requirement.
 */
public class ProblemResponses implements OpenApiCustomizer {

    /** Name of the problem schema in {@code components/schemas}. */
    public static final String SCHEMA = "Problem";
    /** Name of the bearer security scheme in {@code components/securitySchemes}. */
    public static final String BEARER = "bearer";

    private static final Map<Integer, String> TEXT = Map.ofEntries(
            Map.entry(400, "Invalid request; `errors` names each failing field"),
            Map.entry(401, "Not logged in, or the token is refused"),
            Map.entry(403, "Not allowed for the caller"),
            Map.entry(404, "Not found, or outside the caller's scope"),
            Map.entry(409, "Conflicts with the current state"),
            Map.entry(410, "Used up or expired"),
            Map.entry(413, "Request body too large"),
            Map.entry(415, "Content type not accepted"),
            Map.entry(422, "Not acceptable by the rules"),
            Map.entry(423, "Account locked for a while"),
            Map.entry(429, "Too many requests; see Retry-After"),
            Map.entry(500, "Unexpected failure; details stay in the server log"),
            Map.entry(503, "Overloaded; see Retry-After"));

    private final ApiDescription api;
    private final AntPathMatcher paths = new AntPathMatcher();

    public ProblemResponses(ApiDescription api) {
        this.api = api;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> describe(path, method, operation)));
    }

    private void describe(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = api.openPaths().stream().anyMatch(pattern -> paths.match(pattern, path));
        TreeSet<Integer> statuses = new TreeSet<>(List.of(500, 503));
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (takesInput) {
            statuses.add(400);
        }
        if (operation.getRequestBody() != null) {
            statuses.add(413);
        }
        if (path.contains("{")) {
            statuses.add(404);
        }
        if (!open) {
            statuses.add(401);
            statuses.add(403);
            operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        statuses.addAll(api.problems().getOrDefault(method.name() + " " + path, List.of()));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        for (int status : statuses) {
            String code = Integer.toString(status);
            responses.computeIfAbsent(code, c -> new ApiResponse());
            ApiResponse response = responses.get(code);
            response.setDescription(TEXT.getOrDefault(status, "Problem"));
            response.setContent(new Content()
                    .addMediaType(
                            org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA))));
        }
        operation.setResponses(responses);
    }
}
