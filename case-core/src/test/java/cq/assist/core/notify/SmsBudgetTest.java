package cq.assist.core.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import cq.assist.core.time.BusinessClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 / review H2: every outbound text of a person passes one budget, per destination phone and per
 * applicant in 24 hours (reminders included), and a budget used under an older blind-index key still counts
 * after the index key rotated.
 */
class SmsBudgetTest {

    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";
    private static final String INDEX_1 = "BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU=";

    private final MutableClock base = new MutableClock(Instant.parse("2026-11-30T02:00:00Z"));
    private final BusinessClock clock = new BusinessClock(base);
    private final InMemoryLog log = new InMemoryLog();
    private final List<String> sent = new ArrayList<>();

    private SmsBudget budget(PiiCipher cipher, int perPhone, int perApplicant) {
        return new SmsBudget(
                log, (phone, text, code) -> sent.add(phone), cipher, clock, perPhone, perApplicant, e -> {});
    }

    private static PiiCipher cipher(Integer activeIndex) {
        return new PiiCipher(
                new PiiProperties(KEY, KEY, KEY, Map.of(), null, null, null, null, Map.of(1, INDEX_1), activeIndex));
    }

    @Test
    void aPhoneGetsAtMostItsDailyBudgetWhateverTheKindAndAgainADayLater() {
        SmsBudget budget = budget(cipher(null), 3, 100);

        assertThat(budget.send("13900000001", "a", "111111", null, SmsBudget.Kind.LOGIN_CODE))
                .isTrue();
        assertThat(budget.send("13900000001", "b", null, "app", SmsBudget.Kind.REMINDER))
                .isTrue();
        assertThat(budget.send("13900000001", "c", "222222", "app", SmsBudget.Kind.COSIGN_CODE))
                .isTrue();
        assertThat(budget.send("13900000001", "d", null, "app", SmsBudget.Kind.REMINDER))
                .as("the fourth text of the day to this phone")
                .isFalse();
        assertThat(budget.send("13900000002", "e", null, "app", SmsBudget.Kind.REMINDER))
                .as("another phone has its own budget")
                .isTrue();
        assertThat(budget.retryAfterSeconds("13900000001"))
                .isEqualTo(Duration.ofHours(24).toSeconds());
        base.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(budget.send("13900000001", "f", null, null, SmsBudget.Kind.MESSAGE))
                .isTrue();
        assertThat(sent).hasSize(5);
    }

    @Test
    void theTextsOfOneApplicationAreCappedWhateverPhonesTheyGoTo() {
        SmsBudget budget = budget(cipher(null), 100, 2);

        assertThat(budget.send("13900000011", "a", null, "applicant-x", SmsBudget.Kind.REMINDER))
                .isTrue();
        assertThat(budget.send("13900000012", "b", null, "applicant-x", SmsBudget.Kind.REMINDER))
                .isTrue();
        assertThat(budget.send("13900000013", "c", null, "applicant-x", SmsBudget.Kind.REMINDER))
                .as("a filer cannot make the sender text many phones on one applicant's behalf")
                .isFalse();
        assertThat(sent).containsExactly("13900000011", "13900000012");
    }

    @Test
    void textsCountedUnderAnOlderIndexKeyStillCountAfterARotation() {
        budget(cipher(null), 2, 100).send("13900000021", "a", null, null, SmsBudget.Kind.LOGIN_CODE);
        budget(cipher(null), 2, 100).send("13900000021", "b", null, null, SmsBudget.Kind.LOGIN_CODE);

        SmsBudget afterRotation = budget(cipher(1), 2, 100);

        assertThat(afterRotation.send("13900000021", "c", null, null, SmsBudget.Kind.LOGIN_CODE))
                .as("the two texts sent under index key 0 count")
                .isFalse();
    }

    private static final class InMemoryLog implements SmsSendLogMapper {
        private record Row(String phoneHash, String applicantKey, Instant sentAt) {}

        private final List<Row> rows = new ArrayList<>();

        @Override
        public void insert(String phoneHash, String applicantKey, String kind, Instant sentAt) {
            rows.add(new Row(phoneHash, applicantKey, sentAt));
        }

        @Override
        public int countByPhoneSince(String phoneHash, Instant since) {
            return (int) rows.stream()
                    .filter(r -> r.phoneHash().equals(phoneHash) && r.sentAt().isAfter(since))
                    .count();
        }

        @Override
        public int countByApplicantSince(String applicantKey, Instant since) {
            return (int) rows.stream()
                    .filter(r ->
                            applicantKey.equals(r.applicantKey()) && r.sentAt().isAfter(since))
                    .count();
        }

        @Override
        public Instant selectOldestByPhoneSince(String phoneHash, Instant since) {
            return rows.stream()
                    .filter(r -> r.phoneHash().equals(phoneHash) && r.sentAt().isAfter(since))
                    .map(Row::sentAt)
                    .min(Instant::compareTo)
                    .orElse(null);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
