package cq.assist.webapi;

import cq.assist.web.openapi.ApiDescription;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * web-api's OpenAPI description: the open paths (as in {@code WebSecurityConfiguration}) and the problem
 * statuses {@code docs/API.md} names per operation; {@code ApiContractIT} checks both against the served
 * document.
 */
@Component
class WebApiDescription implements ApiDescription {

    @Override
    public String title() {
        return "web-api";
    }

    @Override
    public String summary() {
        return "Department staff, charities and administrators (government intranet): task inbox, decisions,"
                + " staff application view, charity needs, payments, parameters, monitoring, stats.";
    }

    @Override
    public List<String> openPaths() {
        return List.of("/api/v1/auth/login", "/api/v1/auth/password");
    }

    @Override
    public Map<String, List<Integer>> problems() {
        return Map.ofEntries(
                Map.entry("POST /api/v1/auth/login", List.of(401, 403, 423)),
                Map.entry("POST /api/v1/auth/password", List.of(401, 423)),
                Map.entry("POST /api/v1/admin/accounts", List.of(409)),
                Map.entry("POST /api/v1/pii/reveal", List.of(404, 410, 429)),
                Map.entry("POST /api/v1/tasks/{taskId}/claim", List.of(409)),
                Map.entry("POST /api/v1/tasks/{taskId}/unclaim", List.of(409)),
                Map.entry("POST /api/v1/tasks/{taskId}/complete", List.of(409)),
                Map.entry("POST /api/v1/applications/{id}/objections", List.of(409)),
                Map.entry("POST /api/v1/charity/requests/{id}/decision", List.of(409, 422)),
                Map.entry("POST /api/v1/payments/rolls", List.of(409)),
                Map.entry("POST /api/v1/admin/parameters", List.of(409)),
                Map.entry("POST /api/v1/monitoring/alerts/{id}/follow-up", List.of(409)),
                Map.entry("GET /api/v1/payments/rolls", List.of(403)),
                Map.entry("POST /api/v1/dev/clock", List.of(404)),
                Map.entry("POST /api/v1/admin/incidents/{id}/retry", List.of(404, 409)),
                Map.entry("PUT /api/v1/dev/registry/persons/{idNumber}", List.of(404)));
    }
}
