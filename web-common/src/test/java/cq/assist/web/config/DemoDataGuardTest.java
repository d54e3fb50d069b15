package cq.assist.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * Review M7: demo people in a real database keep an app from starting outside the demo profile; a database
 * without them starts; the demo profile and tests that opt in are not checked.
 */
class DemoDataGuardTest {

    private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
    private final PiiCipher cipher = new PiiCipher(
            new PiiProperties(randomKey(), randomKey(), randomKey(), null, null, null, null, null, null, null));

    @Test
    void theDemoWorkersArePhonesOfTheDemoSeedFileNormalised() {
        assertThat(DemoDataGuard.demoWorkerPhones()).contains("13900000001", "13900000002");
    }

    @Test
    void aDatabaseWithoutDemoPeopleStarts() {
        when(jdbc.queryForObject(anyString(), eq(Integer.class), any(Object[].class)))
                .thenReturn(0);

        DemoDataGuard guard = new DemoDataGuard(new MockEnvironment(), jdbc, cipher);

        assertThat(guard.problems()).isEmpty();
        guard.afterSingletonsInstantiated();
    }

    @Test
    void demoWorkersAloneAreRefused() {
        when(jdbc.queryForObject(
                        startsWith("SELECT COUNT(*) FROM staff_account"), eq(Integer.class), any(Object[].class)))
                .thenReturn(0);
        when(jdbc.queryForObject(
                        startsWith("SELECT COUNT(*) FROM community_worker"), eq(Integer.class), any(Object[].class)))
                .thenReturn(2);

        assertThatThrownBy(() -> new DemoDataGuard(new MockEnvironment(), jdbc, cipher).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo community workers")
                .hasMessageNotContaining("demo password");
    }

    @Test
    void theDemoProfileIsNotChecked() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");

        new DemoDataGuard(demo, jdbc, cipher).afterSingletonsInstantiated();

        verifyNoInteractions(jdbc);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
