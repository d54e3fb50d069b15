package cq.assist.webapi.security;

import cq.assist.web.security.ClientAddresses;
import cq.assist.web.security.OperationsPaths;
import cq.assist.web.security.ProblemSecurityHandlers;
import cq.assist.webapi.console.ConsoleRoutes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * web-api: stateless bearer tokens; only login, the error page, the operations paths (probes, actuator,
 * OpenAPI) and the console's page and assets (GET, no data in them) are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class WebSecurityConfiguration {

    @Bean
    SecurityFilterChain webApiSecurity(
            HttpSecurity http,
            ProblemSecurityHandlers handlers,
            JwtAuthenticationConverter converter,
            ClientAddresses clientAddresses)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .headers(clientAddresses.strictTransportSecurity())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/auth/**", "/error")
                        .permitAll()
                        .requestMatchers(OperationsPaths.OPEN)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, ConsoleRoutes.PUBLIC_PATHS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, ConsoleRoutes.PUBLIC_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(handlers.entryPoint()).accessDeniedHandler(handlers.accessDenied()));
        return http.build();
    }
}
