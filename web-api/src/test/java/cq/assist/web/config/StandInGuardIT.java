package cq.assist.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.pii.PiiCipher;
import cq.assist.seeds.SeedLoader;
import cq.assist.webapi.WebApiApplication;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * Review M7 in the running app: outside the demo profile a configuration with stand-ins is refused before any
 * bean exists (no database opened, no port bound), and the demo people the demo seeds write are found in a real
 * database by what they are (the demo password, the demo workers' phones under the app's blind-index keys).
 */
@SpringBootTest(classes = WebApiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandInGuardIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    SeedLoader seeds;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void aStartWithoutTheDemoProfileOnH2IsRefusedBeforeTheContextExists() {
        List<ApplicationEvent> events = new ArrayList<>();

        assertThatThrownBy(() -> new SpringApplicationBuilder(WebApiApplication.class)
                        .listeners(events::add)
                        .run(
                                "--assist.stand-ins.allowed=false",
                                "--spring.datasource.url=jdbc:h2:mem:guard;MODE=MySQL;AUTO_SERVER=FALSE",
                                "--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start outside the demo profile")
                .hasMessageContaining("H2")
                .hasMessageContaining("outbox SMS");
        assertThat(events).anyMatch(ApplicationFailedEvent.class::isInstance);
        assertThat(events)
                .as("no context was made: no bean, no database, no web server")
                .noneMatch(
                        e -> e instanceof ApplicationContextInitializedEvent || e instanceof ApplicationPreparedEvent);
    }

    @Test
    void theDemoSeedsPeopleAreFoundInARealDatabase() throws Exception {
        assertThat(context.getBeansOfType(DemoDataGuard.class))
                .as("the guard is part of the app (it lets this test context start: stand-ins allowed)")
                .hasSize(1);
        seeds.load("demo");
        DemoDataGuard guard = new DemoDataGuard(new MockEnvironment(), jdbc, cipher);

        assertThat(guard.problems())
                .anySatisfy(p -> assertThat(p).contains("demo password"))
                .anySatisfy(p -> assertThat(p).contains("demo community workers"));
        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Refusing to start outside the demo profile");
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        new DemoDataGuard(demo, jdbc, cipher).afterSingletonsInstantiated();
    }
}
