package cq.assist.core.identity;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.login.MobileAccounts.RealName;
import cq.assist.core.pii.PiiCipher;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Binding a phone account to one person: checked by the verifier, once, never to a second person. */
class RealNameBindingTest {

    private static final String PHONE = "13800001111";

    private final MobileAccounts accounts = mock(MobileAccounts.class);
    private final RealNameVerifier verifier = mock(RealNameVerifier.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final RealNameAttemptMapper attempts = mock(RealNameAttemptMapper.class);
    private final RealNameBinding binding =
            new RealNameBinding(accounts, verifier, cipher, CaseFixtures.clock(), attempts, 5);
    private final String idNumber = TestIdNumbers.adult();

    @BeforeEach
    void anUnboundAccountWithAPhone() {
        when(accounts.phoneOf("acc-1")).thenReturn(Optional.of(PHONE));
        when(accounts.bind(anyString(), any())).thenReturn(true);
    }

    @Test
    void aMatchingCheckBindsTheNormalisedPerson() {
        when(verifier.verify(PHONE, "张三", idNumber)).thenReturn(new RealNameVerifier.Verdict(true, "REGISTRY", "r-1"));

        RealName bound = binding.bind("acc-1", " 张三 ", idNumber.toLowerCase());

        assertThat(bound).isEqualTo(new RealName("张三", idNumber, cipher.blindIndex(idNumber), "REGISTRY", "r-1", NOW));
        verify(accounts).bind("acc-1", bound);
    }

    @Test
    void noMatchIsUnprocessableAndAnotherPersonIsAConflict() {
        when(verifier.verify(anyString(), anyString(), anyString()))
                .thenReturn(new RealNameVerifier.Verdict(false, "REGISTRY", "r-2"));
        assertThatThrownBy(() -> binding.bind("acc-1", "张三", idNumber))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));

        RealName other = new RealName("李四", "x", "other-hash", "REGISTRY", "r", NOW);
        when(accounts.realNameOf("acc-1")).thenReturn(Optional.of(other));
        assertThatThrownBy(() -> binding.bind("acc-1", "张三", idNumber))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        verify(accounts, never()).bind(anyString(), any());
    }

    @Test
    void bindingTheSamePersonAgainAnswersTheExistingBindingWithoutAskingTheVerifier() {
        RealName existing = new RealName("张三", idNumber, cipher.blindIndex(idNumber), "REGISTRY", "r", NOW);
        when(accounts.realNameOf("acc-1")).thenReturn(Optional.of(existing));

        assertThat(binding.bind("acc-1", "张三", idNumber)).isSameAs(existing);
        verify(verifier, never()).verify(anyString(), anyString(), anyString());
    }

    @Test
    void everyCheckIsRecordedBeforeTheVerifierIsAskedFailedOnesToo() {
        when(attempts.countSince("acc-1", NOW.minus(java.time.Duration.ofHours(24))))
                .thenReturn(1);
        when(verifier.verify(anyString(), anyString(), anyString()))
                .thenReturn(new RealNameVerifier.Verdict(false, "REGISTRY", "r-2"));

        assertThatThrownBy(() -> binding.bind("acc-1", "张三", idNumber))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNPROCESSABLE));

        org.mockito.InOrder order = org.mockito.Mockito.inOrder(attempts, verifier);
        order.verify(attempts).deleteBefore("acc-1", NOW.minus(java.time.Duration.ofHours(48)));
        order.verify(attempts).insert("acc-1", NOW);
        order.verify(attempts).countSince("acc-1", NOW.minus(java.time.Duration.ofHours(24)));
        order.verify(verifier).verify(PHONE, "张三", idNumber);
        verify(attempts, never()).deleteOne(anyString(), any());
    }

    @Test
    void theSixthCheckOfADayIsRefusedUntilTheOldestLeavesTheWindowAndIsNotCounted() {
        java.time.Instant since = NOW.minus(java.time.Duration.ofHours(24));
        when(attempts.countSince("acc-1", since)).thenReturn(6);
        when(attempts.selectOldestSince("acc-1", since)).thenReturn(NOW.minus(java.time.Duration.ofHours(20)));

        assertThatThrownBy(() -> binding.bind("acc-1", "张三", idNumber))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
                    assertThat(e.typeSlug()).isEqualTo("real-name-daily-limit");
                    assertThat(e.messageKey()).isEqualTo("identity.realName.dailyLimit");
                    assertThat(e.retryAfterSeconds()).isEqualTo(4 * 3600L);
                });
        verify(attempts).deleteOne("acc-1", NOW);
        verify(verifier, never()).verify(anyString(), anyString(), anyString());
        verify(accounts, never()).bind(anyString(), any());
    }

    @Test
    void theFifthCheckOfADayIsStillAsked() {
        when(attempts.countSince(anyString(), any())).thenReturn(5);
        when(verifier.verify(PHONE, "张三", idNumber)).thenReturn(new RealNameVerifier.Verdict(true, "REGISTRY", "r-1"));

        assertThat(binding.bind("acc-1", "张三", idNumber).name()).isEqualTo("张三");
        verify(attempts, never()).deleteOne(anyString(), any());
    }

    @Test
    void aBlankNameAndABadIdNumberAreNamed() {
        assertThatThrownBy(() -> binding.bind("acc-1", " ", "123"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("name", "idNumber"));
        verify(attempts, never()).insert(anyString(), any());
    }
}
