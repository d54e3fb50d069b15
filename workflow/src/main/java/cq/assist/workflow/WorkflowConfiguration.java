package cq.assist.workflow;

import org.apache.ibatis.annotations.Mapper;
import org.flowable.spring.boot.process.Process;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** Workflow wiring: Flowable's async jobs get their own executor (TECH-NOTES pitfall 5); the workflow's read-model mappers. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@MapperScan(basePackages = "cq.assist.workflow", annotationClass = Mapper.class)
public class WorkflowConfiguration {

    /**
     * The executor that runs the engine's jobs. Its lifecycle phase is below {@link JobExecutorLifecycle}'s, so a
     * stopping or pausing context stops acquiring jobs before it holds this executor's workers.
     */
    @Bean
    @Process
    TaskExecutor processTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("flowable-job-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(8);
        executor.setQueueCapacity(512);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.setPhase(Integer.MAX_VALUE - 1000);
        executor.initialize();
        return executor;
    }
}
