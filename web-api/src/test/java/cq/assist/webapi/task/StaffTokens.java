package cq.assist.webapi.task;

import cq.assist.core.login.Roles;
import cq.assist.web.security.TokenService;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mints staff tokens with the same claims the login issues (the demo accounts reject a reused TOTP step). */
public final class StaffTokens {

    private final TokenService tokens;

    public StaffTokens(TokenService tokens) {
        this.tokens = tokens;
    }

    /** A token for a fresh account of this role at this department ({@code KIND@region}). */
    public String staff(String role, String department) {
        String kind = department.substring(0, department.indexOf('@'));
        String region = department.substring(department.indexOf('@') + 1);
        return tokens.issue(
                        "it-" + UUID.randomUUID(),
                        List.of(role),
                        Map.of(
                                Roles.CLAIM_DEPARTMENT, department,
                                Roles.CLAIM_DEPARTMENT_KIND, kind,
                                Roles.CLAIM_REGION, region))
                .accessToken();
    }

    public String streetReviewer(String street) {
        return staff(Roles.STREET_REVIEWER, "CIVIL_AFFAIRS@" + street);
    }

    public String districtApprover(String district) {
        return staff(Roles.DISTRICT_APPROVER, "CIVIL_AFFAIRS@" + district);
    }

    public String admin() {
        return tokens.issue("it-admin-" + UUID.randomUUID(), List.of(Roles.ADMIN), Map.of())
                .accessToken();
    }
}
