package cq.assist.workflow;

import java.util.Collections;
import org.flowable.common.engine.api.Engine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes every Flowable engine bean wait for database initialization (Flyway), which owns the Flowable
 * tables here (TECH-NOTES pitfall 1, Flowable issue 4213).
 */
public class FlowableAfterFlywayDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected java.util.Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Collections.singleton(Engine.class);
    }
}
