package cq.assist.webapi.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.check.SnapshotCodec;
import cq.assist.core.insurance.ClaimFiling;
import cq.assist.core.insurance.InsuranceClaims;
import cq.assist.core.insurance.InsurerAnswer;
import cq.assist.core.insurance.RecordingInsurerAnswers;
import cq.assist.core.insurance.RefilingInsuranceClaims;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.test.MonitoredHouseholdFixtures;
import cq.assist.web.test.MonitoredHouseholdFixtures.Household;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 救助+保险 when the insurer is unreachable: a consented claim the port could not hand over stays FILED and not
 * handed; the re-file sweep tries it again when due (and not before), counts the attempts, and once the insurer
 * is back hands it over exactly once; the insurer's later answer lands on the claim and in the timeline.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"assist.insurance.refile-interval=PT1H", "assist.insurance.refile-after=PT5M"})
@Import(InsuranceRefileIT.FlakyInsurerConfiguration.class)
class InsuranceRefileIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SnapshotCodec codec;

    @Autowired
    PiiCipher cipher;

    @Autowired
    BusinessClock clock;

    @Autowired
    RefilingInsuranceClaims sweep;

    @Autowired
    RecordingInsurerAnswers answers;

    @Autowired
    FlakyInsurer insurer;

    @Test
    void aClaimTheInsurerCouldNotTakeIsFiledAgainUntilItIsTakenOnce() {
        Household household = new MonitoredHouseholdFixtures(jdbc, codec)
                .monitored("500103001007", new BigDecimal("300"), clock.now().minus(Duration.ofDays(5)));
        new MonitoredHouseholdFixtures(jdbc, codec).application(household, "保测试", "500103198001010013", cipher);
        String claimId = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.now());
        jdbc.update(
                "INSERT INTO insurance_claim (id, application_id, household_key, trigger_case_id, insurer, status,"
                        + " amount_claimed, consent_by, consent_at, filed_at, create_by, create_time, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, '惠民济困保（测试）', 'FILED', 12000.00, 'it', ?, ?, 'it', ?, ?)",
                claimId,
                household.applicationId(),
                household.key(),
                UUID.randomUUID().toString(),
                now,
                now,
                now,
                Timestamp.from(clock.now().minusSeconds(1)));

        insurer.down = true;
        sweep.sweep();
        Map<String, Object> failed = claim(claimId);
        assertThat(failed.get("handed_at")).isNull();
        assertThat(failed.get("status")).isEqualTo("FILED");
        assertThat(((Number) failed.get("file_attempts")).intValue()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                                "SELECT next_attempt_at FROM insurance_claim WHERE id = ?", Timestamp.class, claimId)
                        .toInstant())
                .as("tried again only later")
                .isAfter(clock.now());
        sweep.sweep();
        assertThat(((Number) claim(claimId).get("file_attempts")).intValue())
                .as("not tried again before it is due")
                .isEqualTo(1);

        insurer.down = false;
        jdbc.update(
                "UPDATE insurance_claim SET next_attempt_at = ? WHERE id = ?",
                Timestamp.from(clock.now().minusSeconds(1)),
                claimId);
        sweep.sweep();
        sweep.sweep();
        assertThat(claim(claimId).get("handed_at")).isNotNull();
        assertThat(insurer.filed).containsOnlyOnce(claimId);

        assertThat(answers.record(new InsurerAnswer(claimId, true, new BigDecimal("3000.00"), "测试赔付", "T-1")))
                .isTrue();
        assertThat(claim(claimId)).containsEntry("status", "PAID");
        assertThat(jdbc.queryForList(
                        "SELECT event_code FROM application_event WHERE application_id = ?",
                        String.class,
                        household.applicationId()))
                .contains("INSURANCE_PAID");
    }

    private Map<String, Object> claim(String id) {
        return jdbc.queryForMap(
                "SELECT status, handed_at, file_attempts, next_attempt_at FROM insurance_claim WHERE id = ?", id);
    }

    /** An insurer that is unreachable while {@link #down}, and records what it took. */
    static class FlakyInsurer implements InsuranceClaims {

        volatile boolean down;
        final List<String> filed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String insurer() {
            return "惠民济困保（测试）";
        }

        @Override
        public void file(ClaimFiling filing) {
            if (down) {
                throw new IllegalStateException("insurer unreachable");
            }
            filed.add(filing.claimId());
        }
    }

    @TestConfiguration
    static class FlakyInsurerConfiguration {

        @Bean
        @Primary
        FlakyInsurer flakyInsurer() {
            return new FlakyInsurer();
        }
    }
}
