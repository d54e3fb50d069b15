package cq.assist.core.check;

import cq.assist.core.identity.PhonesOnFile;
import cq.assist.core.pii.PiiCipher;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stand-in for the population registry's phone on file: reads the seeded reference registry
 * ({@code registry_person.phone_enc}). Selected with the other reference-registry stand-ins by
 * {@code assist.check.source=reference-registry}; refused outside the demo profile by the start-up guard.
 */
@Component
@ConditionalOnProperty(name = "assist.check.source", havingValue = "reference-registry", matchIfMissing = true)
public class ReferenceRegistryPhones implements PhonesOnFile {

    private final RegistryPersonMapper registry;
    private final PiiCipher cipher;

    public ReferenceRegistryPhones(RegistryPersonMapper registry, PiiCipher cipher) {
        this.registry = registry;
        this.cipher = cipher;
    }

    @Override
    public Optional<OnFile> lookUp(String idNumberHash) {
        RegistryPersonMapper.PhoneOnFileRow row =
                idNumberHash == null ? null : registry.selectPhoneOnFile(idNumberHash);
        return row == null
                ? Optional.empty()
                : Optional.of(new OnFile(
                        row.name(),
                        cipher.decrypt(cq.assist.core.pii.PiiField.REGISTRY_PHONE, idNumberHash, row.phoneEnc())));
    }
}
