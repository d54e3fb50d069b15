package cq.assist.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.identity.PhonesOnFile.OnFile;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import org.junit.jupiter.api.Test;

/** The registry stand-in's phone on file for an ID number, decrypted for that person only. */
class ReferenceRegistryPhonesTest {

    private final RegistryPersonMapper registry = mock(RegistryPersonMapper.class);
    private final PiiCipher cipher = CheckFixtures.testCipher();
    private final ReferenceRegistryPhones phones = new ReferenceRegistryPhones(registry, cipher);

    @Test
    void readsThePhoneOnFileOrNothing() {
        when(registry.selectPhoneOnFile("id-hash"))
                .thenReturn(new RegistryPersonMapper.PhoneOnFileRow(
                        "王芳", cipher.encrypt(PiiField.REGISTRY_PHONE, "id-hash", "13800001111")));

        assertThat(phones.lookUp("id-hash")).contains(new OnFile("王芳", "13800001111"));
        assertThat(phones.phoneOf("id-hash")).contains("13800001111");
        assertThat(phones.lookUp("other")).isEmpty();
        assertThat(phones.lookUp(null)).isEmpty();
    }
}
