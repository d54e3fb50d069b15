package cq.assist.core.notify;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** The SMS budget: at most 10 a day per phone and 30 per applicant; refused ones are counted, not sent. */
class SmsBudgetTest {

    private static final String PHONE = "13800001111";

    private final SmsSendLogMapper log = mock(SmsSendLogMapper.class);
    private final SmsGateway gateway = mock(SmsGateway.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final SmsBudget budget = new SmsBudget(log, gateway, cipher, CaseFixtures.clock(), 10, 30, events);
    private final String phoneHash = cipher.blindIndex(PHONE);

    @Test
    void sendsLogsAndCountsWithinTheBudget() {
        when(log.countByPhoneSince(phoneHash, NOW.minus(Duration.ofHours(24)))).thenReturn(9);

        assertThat(budget.send(PHONE, "验证码1", "1", "H1", SmsBudget.Kind.LOGIN_CODE))
                .isTrue();

        verify(log).insert(phoneHash, "H1", "LOGIN_CODE", NOW);
        verify(gateway).send(PHONE, "验证码1", "1");
        verify(events).publishEvent(new SmsOutcome(SmsBudget.Kind.LOGIN_CODE, true));
    }

    @Test
    void theTenthOfTheDayToAPhoneOrTheThirtiethForAnApplicantIsRefused() {
        when(log.countByPhoneSince(anyString(), any())).thenReturn(10);
        assertThat(budget.send(PHONE, "x", null, null, SmsBudget.Kind.REMINDER)).isFalse();

        when(log.countByPhoneSince(anyString(), any())).thenReturn(0);
        when(log.countByApplicantSince("H1", NOW.minus(Duration.ofHours(24)))).thenReturn(30);
        assertThat(budget.allows(PHONE, "H1")).isFalse();
        assertThat(budget.allows(PHONE, null)).isTrue();

        verify(gateway, never()).send(anyString(), anyString(), any());
        verify(events).publishEvent(new SmsOutcome(SmsBudget.Kind.REMINDER, false));
    }

    @Test
    void retryAfterIsWhenTheOldestOfTheDayLeavesTheWindow() {
        when(log.selectOldestByPhoneSince(phoneHash, NOW.minus(Duration.ofHours(24))))
                .thenReturn(NOW.minus(Duration.ofHours(23)), (java.time.Instant) null);

        assertThat(budget.retryAfterSeconds(PHONE)).isEqualTo(3600);
        assertThat(budget.retryAfterSeconds(PHONE)).isEqualTo(1);
    }
}
