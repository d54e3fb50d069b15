package cq.assist.core.identity;

/**
 * The real-name check of a phone account (a port). In production: the carrier's three-element check
 * (name + ID number + phone) or a face check of the public security service. The demo stand-in is
 * {@link RegistryPhoneRealNameVerifier}. Inputs are already normalised ({@link IdentityInput}).
 */
public interface RealNameVerifier {

    /**
     * Checks that the person with this name and ID number holds this phone.
     *
     * @param phone the logged-in phone (11 digits)
     * @param name the person's name
     * @param idNumber the person's ID number (18 characters)
     * @return the verdict; never null
     */
    Verdict verify(String phone, String name, String idNumber);

    /**
     * The outcome of one check.
     *
     * @param matched whether the phone belongs to that person
     * @param method the method, e.g. {@code CARRIER_THREE_ELEMENTS}, {@code REGISTRY_PHONE_ON_FILE}
     * @param reference the provider's reference for the check (no personal data), sealed with signatures
     */
    record Verdict(boolean matched, String method, String reference) {}
}
