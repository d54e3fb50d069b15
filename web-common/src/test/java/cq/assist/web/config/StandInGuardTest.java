package cq.assist.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Review M7: outside the demo profile the configured stand-ins keep an app from starting. */
class StandInGuardTest {

    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mysql://db/assist")
                .withProperty("assist.sms.gateway", "operator")
                .withProperty("assist.check.source", "department-feeds")
                .withProperty("assist.real-name.verifier", "carrier")
                .withProperty("assist.pii.kms", "city-kms");
    }

    @Test
    void aConfigurationWithRealSystemsStarts() {
        assertThat(StandInGuard.problems(production())).isEmpty();
    }

    @Test
    void noProfileAndNoSettingsNamesEveryStandIn() {
        MockEnvironment bare =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/assist");

        assertThat(StandInGuard.problems(bare))
                .hasSize(5)
                .anySatisfy(p -> assertThat(p).contains("key-file"))
                .anySatisfy(p -> assertThat(p).contains("H2"))
                .anySatisfy(p -> assertThat(p).contains("SMS"))
                .anySatisfy(p -> assertThat(p).contains("reference registry"))
                .anySatisfy(p -> assertThat(p).contains("real-name"));
    }

    @Test
    void theLocalKeyFileStandsInForAKmsOnlyWhenAnOperatorAllowsIt() {
        MockEnvironment keyFile = production().withProperty("assist.pii.kms", "local-key-file");
        MockEnvironment allowed = production()
                .withProperty("assist.pii.kms", "local-key-file")
                .withProperty("assist.pii.local-key-file.allowed", "true");

        assertThat(StandInGuard.problems(keyFile)).singleElement().satisfies(p -> assertThat(p)
                .contains("KMS"));
        assertThat(StandInGuard.problems(allowed)).isEmpty();
    }

    @Test
    void aRefusedStartStopsWhileTheEnvironmentIsPrepared() {
        MockEnvironment bare =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/assist");

        assertThatThrownBy(() -> new StandInGuard().postProcessEnvironment(bare, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2");
        new StandInGuard().postProcessEnvironment(production(), null);
    }

    @Test
    void theDemoProfileAndTestsThatOptInMayUseStandIns() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        MockEnvironment tests = new MockEnvironment().withProperty("assist.stand-ins.allowed", "true");

        assertThat(StandInGuard.problems(demo)).isEmpty();
        assertThat(StandInGuard.problems(tests)).isEmpty();
    }
}
