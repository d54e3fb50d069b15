package cq.assist.workflow.clock;

import cq.assist.core.time.BusinessClock;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.stereotype.Component;

/** Gives the process engine the {@link BusinessEngineClock} before it is built. */
@Component
class EngineClockConfigurer implements EngineConfigurationConfigurer<SpringProcessEngineConfiguration> {

    private final BusinessClock businessClock;

    EngineClockConfigurer(BusinessClock businessClock) {
        this.businessClock = businessClock;
    }

    @Override
    public void configure(SpringProcessEngineConfiguration configuration) {
        configuration.setClock(new BusinessEngineClock(businessClock));
    }
}
