package cq.assist.webapi.audit;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.web.audit.AccessRefusals;
import jakarta.servlet.http.HttpServletRequest;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Audits every refusal web-api answers to a logged-in caller (403, or 404 from a scope check) as
 * {@link AuditActions#ACCESS_DENIED} with outcome DENIED: who, the method and path (ids only; no personal
 * data is ever in a web-api path), the status and the reason's message key. Anonymous 401s are not
 * audited here (they carry no identity; failed logins are audited by the login itself).
 */
@Component
class AuditedRefusals implements AccessRefusals {

    private final AuditLog audit;

    AuditedRefusals(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void refused(HttpServletRequest request, int status, String reasonKey) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            return;
        }
        TreeSet<String> roles = new TreeSet<>();
        for (GrantedAuthority authority : jwt.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                roles.add(name.substring(5));
            }
        }
        String path = request.getMethod() + " " + request.getRequestURI();
        audit.record(new AuditEntry(
                jwt.getToken().getSubject(),
                roles.isEmpty() ? "NONE" : String.join(",", roles),
                AuditActions.ACCESS_DENIED,
                "REQUEST",
                path,
                status + " " + reasonKey,
                null,
                AuditOutcome.DENIED));
    }
}
