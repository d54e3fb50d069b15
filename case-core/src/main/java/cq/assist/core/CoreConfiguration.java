package cq.assist.core;

import cq.assist.core.audit.AuditProperties;
import cq.assist.core.pii.PiiProperties;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Wires case-core: its services by component scan and its MyBatis mappers (interfaces annotated {@link Mapper}). */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@MapperScan(basePackages = "cq.assist.core", annotationClass = Mapper.class)
@EnableConfigurationProperties({PiiProperties.class, AuditProperties.class, cq.assist.core.account.PasswordPolicy.class
})
public class CoreConfiguration {}
