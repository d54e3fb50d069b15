package cq.assist.web.http;

import cq.assist.web.problem.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the filters that answer before Spring Security: the request-body cap, then the API's admission
 * control ({@link AdmissionFilter}, which itself leaves everything outside {@code /api/} alone).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({BodyLimits.class, Admission.class})
class RequestFilterConfiguration {

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(BodyLimits limits, ProblemWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, problems));
        registration.setOrder(RequestBodyLimitFilter.ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdmissionFilter> admissionFilter(
            Admission admission, ProblemWriter problems, MeterRegistry registry) {
        FilterRegistrationBean<AdmissionFilter> registration =
                new FilterRegistrationBean<>(new AdmissionFilter(admission, problems, registry));
        registration.setOrder(AdmissionFilter.ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
