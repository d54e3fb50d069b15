package cq.assist.webapi.auth;

import cq.assist.core.account.StaffSessions;
import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.web.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/logout}: 204, and the token is refused from then on (its session is revoked). */
@RestController
class LogoutController {

    private final StaffSessions sessions;
    private final AuditLog audit;

    LogoutController(StaffSessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    @PostMapping("/api/v1/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logOut(Caller caller) {
        sessions.logOut(caller.token().getId());
        audit.record(new AuditEntry(
                caller.subject(),
                "STAFF",
                AuditActions.LOGOUT,
                "STAFF_SESSION",
                String.valueOf(caller.token().getId()),
                "logout",
                null));
    }
}
