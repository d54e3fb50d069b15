package cq.assist.web.http;

import cq.assist.web.problem.ProblemFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the request-body cap and then the API's admission control ({@link AdmissionFilter}) ahead of Spring
 * Security on every path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BodyLimits.class, Admission.class})
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

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(
            Admission admission,
            ProblemFactory problems,
            JsonMapper json,
            LocaleResolver localeResolver,
            io.micrometer.core.instrument.MeterRegistry registry) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(admission, problems, json, localeResolver, registry));
        registration.setOrder(AdmissionFilter.ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
