package cq.assist.web.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from a verified token: the account id, its roles and its scope claims.
 * Controllers receive it as a method argument (see {@link CallerArgumentResolver}).
 */
public record Caller(String subject, Set<String> roles, Jwt token) {

    public static Caller of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(TokenService.ROLES_CLAIM);
        return new Caller(jwt.getSubject(), roles == null ? Set.of() : Set.copyOf(roles), jwt);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A scope claim such as {@code community}, {@code department} or {@code region}; null when absent. */
    public String scope(String name) {
        return token.getClaimAsString(name);
    }
}
