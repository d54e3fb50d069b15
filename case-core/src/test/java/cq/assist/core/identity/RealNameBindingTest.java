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
    private final RealNameBinding binding = new RealNameBinding(accounts, verifier, cipher, CaseFixtures.clock());
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
    void aBlankNameAndABadIdNumberAreNamed() {
        assertThatThrownBy(() -> binding.bind("acc-1", " ", "123"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("name", "idNumber"));
    }
}
