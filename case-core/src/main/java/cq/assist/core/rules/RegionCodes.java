package cq.assist.core.rules;

/**
 * Region codes as the rules compare them (pure Java, like the rest of the rules): a district has 6 digits, a
 * street 9 and a community 12, each starting with its parent's code. Security review L7: a region is compared as
 * a whole code of its level, never as a looser string prefix.
 */
public final class RegionCodes {

    private RegionCodes() {}

    /**
     * Whether {@code code} (a district, street or community code) lies in {@code regionCode}, a whole region
     * of any level: a district (6 digits), a street (9) or a community (12). Compares the code's part of that
     * level with the region, never a looser prefix; false for a malformed region ({@code 5001}, blank).
     */
    public static boolean within(String regionCode, String code) {
        if (regionCode == null
                || !regionCode.matches("\\d{6}|\\d{9}|\\d{12}")
                || code == null
                || code.length() < regionCode.length()) {
            return false;
        }
        return regionCode.equals(code.substring(0, regionCode.length()));
    }
}
