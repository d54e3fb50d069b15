package cq.assist.web.http;

import cq.assist.web.problem.ProblemFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** Registers the request-body cap ahead of Spring Security on every path. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyLimits.class)
class BodyLimitConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            BodyLimits limits, ProblemFactory problems, JsonMapper json, LocaleResolver localeResolver) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, problems, json, localeResolver));
        registration.setOrder(RequestBodyLimitFilter.ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
