package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.identity.PhonesOnFile;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.notify.SmsOutbox;
import cq.assist.core.notify.SmsOutbox.OutboxMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo co-signing page reads the code sent to the member's phone on file through the link alone. */
class CoSigningOutboxTest {

    private static final String PHONE = "13800002222";

    private final OpenTokens openTokens = mock(OpenTokens.class);
    private final PhonesOnFile phones = mock(PhonesOnFile.class);
    private final SmsOutbox outbox = mock(SmsOutbox.class);
    private final CoSigningOutbox coSigningOutbox =
            new CoSigningOutbox(openTokens, phones, CaseFixtures.cipher(), outbox);
    private final MemberRow spouse =
            new MemberRow("app-1", 2, "王芳", null, "M2", "SPOUSE", null, null, null, null, false, "EMPLOYED", true);

    @BeforeEach
    void anOpenLink() {
        when(openTokens.find(anyString(), anyBoolean()))
                .thenReturn(new OpenToken(
                        new TokenRow("th", null, "app-1", 2, "2026-01", NOW.plus(Duration.ofDays(7)), null, null),
                        CaseFixtures.application("app-1", "YJ1"),
                        spouse));
    }

    @Test
    void readsTheTextsToThePhoneOnFile() {
        OutboxMessage code = new OutboxMessage(PHONE, "验证码 123456", "123456", NOW);
        when(phones.lookUpMember(eq("app-1"), eq(2), any(), any()))
                .thenReturn(Optional.of(new PhonesOnFile.OnFile("王芳", PHONE)));
        when(outbox.messagesTo(PHONE)).thenReturn(List.of(code));

        assertThat(coSigningOutbox.messagesFor("raw")).containsExactly(code);
    }

    @Test
    void noPhoneOnFileReadsNothingAndASpentLinkIsGone() {
        when(phones.lookUpMember(eq("app-1"), eq(2), any(), any())).thenReturn(Optional.empty());
        assertThat(coSigningOutbox.messagesFor("raw")).isEmpty();

        when(openTokens.find(anyString(), anyBoolean()))
                .thenThrow(new DomainException(ProblemKind.GONE, "authorization.token.gone"));
        assertThatThrownBy(() -> coSigningOutbox.messagesFor("raw"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.GONE));
    }
}
