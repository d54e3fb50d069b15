package cq.assist.core.identity;

import cq.assist.core.pii.PiiCipher;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stand-in for the real-name check (demo only; {@code StandInGuard} refuses it outside the demo
 * profile): the account matches the person when the population registry's phone on file for that ID
 * number is the logged-in phone and the registered name is the name given. Selected by {@code assist.real-name.verifier=registry-phone} (the
 * default).
 */
@Component
@ConditionalOnProperty(name = "assist.real-name.verifier", havingValue = "registry-phone", matchIfMissing = true)
public class RegistryPhoneRealNameVerifier implements RealNameVerifier {

    /** The method name recorded with a binding made by this stand-in. */
    public static final String METHOD = "REGISTRY_PHONE_ON_FILE";

    private final PhonesOnFile phones;
    private final PiiCipher cipher;

    public RegistryPhoneRealNameVerifier(PhonesOnFile phones, PiiCipher cipher) {
        this.phones = phones;
        this.cipher = cipher;
    }

    @Override
    public Verdict verify(String phone, String name, String idNumber) {
        boolean matched = cipher.findByIndex(idNumber, phones::lookUp)
                .map(onFile -> Objects.equals(onFile.phone(), phone) && Objects.equals(onFile.name(), name))
                .orElse(false);
        return new Verdict(matched, METHOD, "registry-stand-in");
    }
}
