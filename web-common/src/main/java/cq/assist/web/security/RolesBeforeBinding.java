package cq.assist.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the roles a handler declares ({@code @PreAuthorize} on the method or its controller) before Spring MVC
 * reads, converts and validates the request, so a caller without the role gets 403 whatever it sends, never a 400
 * that describes the body the endpoint expects or echoes what it sent (issue 8: the role x endpoint matrix,
 * {@code EndpointMatrixIT}, found 28 such answers; method security alone runs only once the arguments are bound).
 * Only expressions that do not read the method's arguments ({@code #name}) are checked here; every annotation
 * still guards its method as before. No authentication (the filter chain already answered 401 where a token is
 * needed) is left to the chain.
 *
 * @throws AccessDeniedException from {@link #preHandle} when the declared roles refuse the caller (403 problem)
 */
@Component
public class RolesBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize declared = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (declared == null) {
            declared = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (declared == null || declared.value().contains("#") || caller == null) {
            return true;
        }
        AuthorizationResult result = roles.authorize(
                () -> caller,
                new SimpleMethodInvocation(
                        method.getBean(), method.getMethod(), new Object[method.getMethodParameters().length]));
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("refused by the roles the endpoint declares");
        }
        return true;
    }
}
