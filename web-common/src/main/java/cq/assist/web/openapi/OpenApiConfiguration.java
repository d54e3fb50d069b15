package cq.assist.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of each app ({@code /v3/api-docs}, browsable at {@code /swagger-ui.html}): on in
 * the demo profile, elsewhere off unless {@code ASSIST_API_DOCS=true}. Only {@code /api/**} is described;
 * every operation lists its problem responses ({@link ProblemResponses}).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI assistOpenApi(ApiDescription api) {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("JSON path of the failing field"));
        fieldError.addProperty("message", new StringSchema().description("what is wrong, in the caller's language"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; never a stack trace, SQL or class name");
        problem.addProperty("type", new StringSchema().format("uri").description("stable URI per kind of problem"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("validation failures only"));
        return new OpenAPI()
                .info(new Info()
                        .title(api.title())
                        .version("v1")
                        .description(
                                api.summary() + " Errors are RFC 9457 problem documents (application/problem+json)."))
                .components(new Components()
                        .addSchemas(ProblemResponses.SCHEMA, problem)
                        .addSecuritySchemes(
                                ProblemResponses.BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }

    @Bean
    OpenApiCustomizer problemResponses(ApiDescription api) {
        return new ProblemResponses(api);
    }
}
