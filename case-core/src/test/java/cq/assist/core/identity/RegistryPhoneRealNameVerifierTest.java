package cq.assist.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.pii.PiiCipher;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The stand-in real-name check: the registry's name and phone on file for that ID number must both match. */
class RegistryPhoneRealNameVerifierTest {

    private final PhonesOnFile phones = mock(PhonesOnFile.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final RegistryPhoneRealNameVerifier verifier = new RegistryPhoneRealNameVerifier(phones, cipher);
    private final String idNumber = TestIdNumbers.adult();

    @Test
    void matchesOnlyTheSamePhoneAndName() {
        when(phones.lookUp(anyString())).thenReturn(Optional.empty());
        when(phones.lookUp(cipher.blindIndex(idNumber)))
                .thenReturn(Optional.of(new PhonesOnFile.OnFile("张三", "13800001111")));

        assertThat(verifier.verify("13800001111", "张三", idNumber))
                .isEqualTo(
                        new RealNameVerifier.Verdict(true, RegistryPhoneRealNameVerifier.METHOD, "registry-stand-in"));
        assertThat(verifier.verify("13900002222", "张三", idNumber).matched()).isFalse();
        assertThat(verifier.verify("13800001111", "李四", idNumber).matched()).isFalse();
        assertThat(verifier.verify("13800001111", "张三", TestIdNumbers.adult()).matched())
                .isFalse();
    }
}
