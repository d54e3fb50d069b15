package cq.assist.core.notify;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** In-app messages: addressed to the filer and the applicant, text encrypted, read only by them. */
class InAppMessagesTest {

    private final InAppMessageMapper mapper = mock(InAppMessageMapper.class);
    private final MessageAddressees addressees = mock(MessageAddressees.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final InAppMessages messages = new InAppMessages(mapper, addressees, cipher, CaseFixtures.clock());

    @Test
    void aMessageAboutAnApplicationGoesToItsAddresseesEncryptedAndReadsBack() {
        when(addressees.ofApplication("app-1"))
                .thenReturn(Optional.of(new MessageAddressees.Addressee("acc-1", "H1", null)));

        messages.tell("app-1", "申请已撤回", "您已撤回申请。");

        ArgumentCaptor<InAppMessageRow> row = ArgumentCaptor.forClass(InAppMessageRow.class);
        verify(mapper).insert(row.capture());
        assertThat(row.getValue().recipientAccountId()).isEqualTo("acc-1");
        assertThat(row.getValue().recipientIdHash()).isEqualTo("H1");
        assertThat(row.getValue().createdAt()).isEqualTo(NOW);
        assertThat(new String(row.getValue().textEnc(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("撤回");

        InAppMessageRow stored = new InAppMessageRow(
                5L, "acc-1", "H1", "app-1", "申请已撤回", row.getValue().textEnc(), NOW, null);
        when(mapper.selectFor("acc-1", List.of("H1"), InAppMessages.MAX_LISTED)).thenReturn(List.of(stored));
        assertThat(messages.of("acc-1", List.of("H1")))
                .containsExactly(new InAppMessages.Message(5L, NOW, "申请已撤回", "您已撤回申请。", "app-1", false));
    }

    @Test
    void anApplicationWithNoAddresseeIsToldNothing() {
        when(addressees.ofApplication("app-1")).thenReturn(Optional.empty());

        messages.tell("app-1", "标题", "正文");

        verify(mapper, never()).insert(any());
    }

    @Test
    void markingSomeoneElsesMessageReadIsNotFoundButReadingAgainIsFine() {
        when(mapper.updateRead(5L, "acc-1", List.of("H1"), NOW)).thenReturn(0);
        when(mapper.countFor(5L, "acc-1", List.of("H1"))).thenReturn(1);
        messages.markRead("acc-1", List.of("H1"), 5L);

        when(mapper.countFor(anyLong(), anyString(), any())).thenReturn(0);
        assertThatThrownBy(() -> messages.markRead("acc-2", null, 5L))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }
}
