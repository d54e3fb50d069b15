package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.identity.PhonesOnFile;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.OutboundSms;
import cq.assist.core.notify.SmsBudget;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminding co-signers once, by SMS to the registry's phone on file, with their link; the timeline says so. */
class CoSignerRemindersTest {

    private final AuthorizationTokenMapper tokens = mock(AuthorizationTokenMapper.class);
    private final Applications applications = mock(Applications.class);
    private final OutboundSms sms = mock(OutboundSms.class);
    private final PhonesOnFile phones = mock(PhonesOnFile.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final Timeline timeline = mock(Timeline.class);
    private final CoSignerReminders reminders = new CoSignerReminders(
            tokens,
            applications,
            sms,
            phones,
            cipher,
            new AuthorizationSettings(Duration.ofHours(48), Duration.ofHours(24), "https://h5.example"),
            CaseFixtures.texts(),
            timeline,
            CaseFixtures.clock());

    private TokenRow token(String hash, int seq, Duration left) {
        return new TokenRow(
                hash,
                cipher.encrypt(PiiField.COSIGNING_TOKEN, hash, "tok-" + hash),
                "app-1",
                seq,
                "2026-01",
                NOW.plus(left),
                null,
                null);
    }

    @BeforeEach
    void anApplicationWithTwoCoSigners() {
        when(applications.find("app-1")).thenReturn(CaseFixtures.application("app-1", "YJ1"));
        when(applications.members("app-1"))
                .thenReturn(List.of(
                        new MemberRow(
                                "app-1", 2, "王芳", null, "M2", "SPOUSE", null, null, null, null, false, null, true),
                        new MemberRow(
                                "app-1", 3, "李强", null, "M3", "CHILD", null, null, null, null, false, null, true)));
        when(tokens.updateReminded(any())).thenReturn(1);
        when(phones.lookUpMember(eq("app-1"), eq(2), any(), any()))
                .thenReturn(Optional.of(new PhonesOnFile.OnFile("王芳", "13800001111")));
        when(sms.send(anyString(), anyString(), any(), anyString(), any())).thenReturn(true);
    }

    @Test
    void sendsEachOpenLinkToThePhoneOnFileAndRecordsWhoCouldNotBeReached() {
        when(tokens.selectOpen("app-1"))
                .thenReturn(List.of(token("t2", 2, Duration.ofHours(20)), token("t3", 3, Duration.ofHours(20))));

        assertThat(reminders.remind("app-1")).isEqualTo(1);

        verify(sms)
                .send(
                        "13800001111",
                        "【渝悦救助通】李*提交的社会救助申请需要您签署家庭经济状况核查授权书，请打开 https://h5.example/sign#token=tok-t2 完成授权。",
                        null,
                        "H1",
                        SmsBudget.Kind.REMINDER);
        verify(timeline).record("app-1", "REMINDER_SENT", Timeline.Actor.SYSTEM, "王*");
        verify(timeline).record("app-1", "REMINDER_NOT_SENT", Timeline.Actor.SYSTEM, "李*");
    }

    @Test
    void anExpiredOrAlreadyRemindedLinkIsLeftAlone() {
        when(tokens.selectOpen("app-1"))
                .thenReturn(List.of(token("t2", 2, Duration.ZERO), token("t3", 3, Duration.ofHours(1))));
        when(tokens.updateReminded(new TokenUse("t3", NOW))).thenReturn(0);

        assertThat(reminders.remind("app-1")).isZero();

        verify(tokens, never()).updateReminded(new TokenUse("t2", NOW));
        verify(sms, never()).send(anyString(), anyString(), any(), anyString(), any());
    }
}
