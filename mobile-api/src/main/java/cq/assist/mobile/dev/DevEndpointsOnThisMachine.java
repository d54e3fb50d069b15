package cq.assist.mobile.dev;

import cq.assist.core.common.DomainException;
import cq.assist.web.security.ClientAddresses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The demo's {@code /api/v1/dev/**} endpoints answer only a client on this machine (issue 7, review L9): anyone
 * else gets the 404 problem an absent endpoint gives, decided before the request's parameters or body are read,
 * so that a malformed request does not tell a remote client with a 400 that the endpoint exists. The client is
 * the address after the trusted-proxy rule ({@link ClientAddresses}); loopback is 127.0.0.0/8 or ::1.
 */
@Configuration
@Profile("demo")
class DevEndpointsOnThisMachine implements WebMvcConfigurer, HandlerInterceptor {

    private final ClientAddresses clients;

    DevEndpointsOnThisMachine(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/dev/**");
    }

    /** @throws DomainException NOT_FOUND for a client that is not on this machine */
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!loopback(clients.of(request))) {
            throw DomainException.notFound("problem.not-found.detail");
        }
        return true;
    }

    /** Whether the client address is this machine (127.0.0.0/8 or ::1). */
    static boolean loopback(String address) {
        return address.startsWith("127.") || "::1".equals(address) || "0:0:0:0:0:0:0:1".equals(address);
    }
}
