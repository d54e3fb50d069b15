package cq.assist.web;

import cq.assist.core.CoreConfiguration;
import cq.assist.web.security.CallerArgumentResolver;
import cq.assist.web.security.RolesBeforeBinding;
import cq.assist.workflow.WorkflowConfiguration;
import java.util.List;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** What both apps share: case-core, the workflow, the seeds, problem details and token support. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"cq.assist.web", "cq.assist.seeds"})
@Import({CoreConfiguration.class, WorkflowConfiguration.class})
public class WebCommonConfiguration implements WebMvcConfigurer {

    private final CallerArgumentResolver callerResolver;
    private final RolesBeforeBinding rolesBeforeBinding;

    public WebCommonConfiguration(CallerArgumentResolver callerResolver, RolesBeforeBinding rolesBeforeBinding) {
        this.callerResolver = callerResolver;
        this.rolesBeforeBinding = rolesBeforeBinding;
    }

    /** Declared roles are checked before the request is read ({@link RolesBeforeBinding}). */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(rolesBeforeBinding);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(callerResolver);
    }
}
