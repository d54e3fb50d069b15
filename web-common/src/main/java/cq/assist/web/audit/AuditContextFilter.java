package cq.assist.web.audit;

import cq.assist.core.audit.AuditContext;
import cq.assist.web.security.ClientAddresses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request's thread its client address (resolved through the trusted proxies,
 * {@link ClientAddresses}) for the audit log's "from where" ({@link AuditContext}), and clears it after.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditContextFilter extends OncePerRequestFilter {

    private final ClientAddresses addresses;

    AuditContextFilter(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AuditContext.setClientAddress(addresses.of(request));
        try {
            chain.doFilter(request, response);
        } finally {
            AuditContext.clear();
        }
    }
}
