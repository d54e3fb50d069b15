package cq.assist.core.notify;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The applicant's outbox: one message per application, code and channel; an SMS leaves after the commit, and
 * only the caller that marks it sent sends it (the sweep picks up what a dead node left).
 */
class ApplicantMessagesTest {

    private static final String PHONE = "13800001111";

    private final ApplicantMessageMapper mapper = mock(ApplicantMessageMapper.class);
    private final MessageAddressees addressees = mock(MessageAddressees.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final OutboundSms gateway = mock(OutboundSms.class);
    private final ApplicantMessages outbox = new ApplicantMessages(
            mapper, addressees, cipher, gateway, CaseFixtures.clock(), mock(PlatformTransactionManager.class));

    private final ApplicantMessageRow queued =
            new ApplicantMessageRow(9L, "app-1", "CLOSED", "SMS", "您的申请已办结。", null, NOW);

    @BeforeEach
    void anApplicantWithAPhone() {
        when(addressees.ofApplication("app-1"))
                .thenReturn(Optional.of(new MessageAddressees.Addressee(
                        "acc-1", "H1", cipher.encrypt(PiiField.APPLICATION_APPLICANT_PHONE, "app-1", PHONE))));
        when(mapper.selectByKey("app-1", "CLOSED", "SMS")).thenReturn(queued);
    }

    @AfterEach
    void noSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void anSmsQueuedInATransactionIsSentOnlyAfterTheCommit() {
        when(mapper.insertIgnore(any())).thenReturn(1);
        when(mapper.updateSent(9L, NOW)).thenReturn(1);
        TransactionSynchronizationManager.initSynchronization();

        assertThat(outbox.queue("app-1", "CLOSED", ApplicantMessages.SMS, "您的申请已办结。"))
                .isTrue();
        verifyNoInteractions(gateway);

        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            s.afterCommit();
        }
        verify(gateway).send(PHONE, "您的申请已办结。", null, "H1", SmsBudget.Kind.MESSAGE);
    }

    @Test
    void aPhoneAtItsBudgetGetsNoSmsAndTheMessageIsNotTriedAgain() {
        when(mapper.insertIgnore(any())).thenReturn(1);
        when(mapper.updateSent(9L, NOW)).thenReturn(1);
        when(gateway.send(anyString(), anyString(), any(), any(), any())).thenReturn(false);

        assertThat(outbox.queue("app-1", "CLOSED", ApplicantMessages.SMS, "您的申请已办结。"))
                .isTrue();

        verify(gateway).send(PHONE, "您的申请已办结。", null, "H1", SmsBudget.Kind.MESSAGE);
        verify(mapper).updateSent(9L, NOW); // claimed: the sweep does not try it again tomorrow
    }

    @Test
    void aSecondQueueOfTheSameMessageAndAnInAppMessageSendNoSms() {
        when(mapper.insertIgnore(any())).thenReturn(0, 1);

        assertThat(outbox.queue("app-1", "CLOSED", ApplicantMessages.SMS, "您的申请已办结。"))
                .isFalse();
        assertThat(outbox.queue("app-1", "CLOSED", ApplicantMessages.APP, "您的申请已办结。"))
                .isTrue();

        verify(mapper, never()).updateSent(anyLong(), any());
        verifyNoInteractions(gateway);
    }

    @Test
    void theSweepSendsOnlyWhatItMarksSent() {
        ApplicantMessageRow other = new ApplicantMessageRow(10L, "app-1", "LATE", "SMS", "提醒", null, NOW);
        when(mapper.selectUnsentSms(NOW, 100)).thenReturn(List.of(queued, other));
        when(mapper.updateSent(9L, NOW)).thenReturn(1);
        when(mapper.updateSent(10L, NOW)).thenReturn(0);

        assertThat(outbox.sendUnsent(NOW, 100)).isEqualTo(1);

        verify(gateway).send(PHONE, "您的申请已办结。", null, "H1", SmsBudget.Kind.MESSAGE);
        verify(gateway, never()).send(anyString(), org.mockito.ArgumentMatchers.eq("提醒"), any(), any(), any());
    }
}
