package cq.assist.mobile;

import cq.assist.web.openapi.ApiDescription;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * mobile-api's OpenAPI description: the open paths (as in {@code MobileSecurityConfiguration}) and the
 * problem statuses {@code docs/API.md} names per operation; {@code ApiContractIT} checks both against the
 * served document.
 */
@Component
class MobileApiDescription implements ApiDescription {

    @Override
    public String title() {
        return "mobile-api";
    }

    @Override
    public String summary() {
        return "Residents, relatives and community workers (internet-facing): SMS login, real-name binding,"
                + " applications, co-signing, messages, home visits.";
    }

    @Override
    public List<String> openPaths() {
        return List.of(
                "/api/v1/auth/**",
                "/api/v1/authorizations/**",
                "/api/v1/authorization-letter",
                "/api/v1/dev/sms-outbox",
                "/api/v1/dev/sms-outbox/latest-code",
                "/api/v1/public-notices");
    }

    @Override
    public Map<String, List<Integer>> problems() {
        return Map.ofEntries(
                Map.entry("POST /api/v1/auth/sms-code", List.of(429)),
                Map.entry("POST /api/v1/auth/login", List.of(401, 429)),
                Map.entry("POST /api/v1/files", List.of(413, 415, 429)),
                Map.entry("POST /api/v1/applications", List.of(403, 409, 413, 422, 429)),
                Map.entry("POST /api/v1/applications/{id}/withdraw", List.of(409)),
                Map.entry("GET /api/v1/authorizations/{token}", List.of(410)),
                Map.entry("POST /api/v1/authorizations/{token}", List.of(403, 409, 410)),
                Map.entry("POST /api/v1/authorizations/{token}/sms-code", List.of(409, 410, 429)),
                Map.entry("POST /api/v1/authorizations/{token}/refuse", List.of(403, 409, 410)),
                Map.entry("GET /api/v1/authorizations/{token}/qr.png", List.of(410)),
                Map.entry("POST /api/v1/worker/authorizations/{token}", List.of(409, 410)),
                Map.entry("POST /api/v1/me/real-name", List.of(409, 422)),
                Map.entry("POST /api/v1/charity-requests", List.of(403, 409, 422)),
                Map.entry("POST /api/v1/charity-requests/{id}/consent/withdraw", List.of(409)),
                Map.entry("POST /api/v1/insurance-claims/{id}/consent", List.of(409)),
                Map.entry("POST /api/v1/public-notices/{id}/objections", List.of(409)),
                Map.entry("POST /api/v1/worker/alerts/{id}/resolve", List.of(409)),
                Map.entry("GET /api/v1/dev/sms-outbox", List.of(404)),
                Map.entry("POST /api/v1/dev/sms-outbox/latest-code", List.of(404, 410)));
    }
}
