package cq.assist.mobile.security;

import cq.assist.mobile.pages.SpaRoutes;
import cq.assist.web.security.ClientAddresses;
import cq.assist.web.security.OperationsPaths;
import cq.assist.web.security.ProblemSecurityHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * mobile-api: stateless bearer tokens; login, co-signing links, health, the error page and the demo-only
 * SMS outbox (which exists only in the demo profile) are open, and so are the H5 app's files and routes, the
 * communities and the public notices.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MobileSecurityConfiguration {

    @Bean
    SecurityFilterChain mobileApiSecurity(
            HttpSecurity http,
            ProblemSecurityHandlers handlers,
            JwtAuthenticationConverter converter,
            ClientAddresses clientAddresses)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .headers(clientAddresses.strictTransportSecurity())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/v1/auth/**",
                                "/api/v1/authorizations/**",
                                "/api/v1/authorization-letter",
                                "/h5/**",
                                "/api/v1/communities",
                                "/",
                                "/index.html",
                                "/assets/**",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/public-notices")
                        .permitAll()
                        // HEAD as GET: a link checker or a load balancer asking about a page is not refused
                        .requestMatchers(HttpMethod.GET, SpaRoutes.ROUTES)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, SpaRoutes.ROUTES)
                        .permitAll()
                        .requestMatchers("/api/v1/dev/sms-outbox", "/api/v1/dev/sms-outbox/latest-code", "/error")
                        .permitAll()
                        .requestMatchers(OperationsPaths.OPEN)
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
