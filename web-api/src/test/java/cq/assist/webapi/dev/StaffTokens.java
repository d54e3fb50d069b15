package cq.assist.webapi.dev;

import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mints staff tokens for tests that need a role, not a login. */
final class StaffTokens {

    private final TokenService tokens;

    StaffTokens(TokenService tokens) {
        this.tokens = tokens;
    }

    String admin() {
        return tokens.issue(subject(), List.of(Roles.ADMIN), Map.of()).accessToken();
    }

    String districtApprover(String region) {
        return tokens.issue(subject(), List.of(Roles.DISTRICT_APPROVER), Map.of(Roles.CLAIM_REGION, region))
                .accessToken();
    }

    private static String subject() {
        return "it-" + UUID.randomUUID();
    }
}
