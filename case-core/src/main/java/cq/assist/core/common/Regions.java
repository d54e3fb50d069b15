package cq.assist.core.common;

/**
 * Region codes nest by prefix: district 6 digits, street 9, community 12. Department codes are
 * {@code KIND@regionCode} (seeds {@code 20_department.csv}).
 */
public final class Regions {

    private Regions() {}

    public static String district(String regionCode) {
        return regionCode.substring(0, Math.min(6, regionCode.length()));
    }

    public static String street(String regionCode) {
        return regionCode.substring(0, Math.min(9, regionCode.length()));
    }

    /**
     * Whether a staff region claim is well formed: a district (6 digits) or a street (9 digits). Scope
     * is compared on whole codes, never by prefix, so a short or empty claim widens nothing.
     */
    public static boolean isOfficeRegion(String regionCode) {
        return regionCode != null && regionCode.matches("\\d{6}|\\d{9}");
    }

    /**
     * Whether a household of {@code communityCode} lies in the office region {@code regionCode} (district
     * or street), comparing whole codes; false for a malformed region.
     */
    public static boolean covers(String regionCode, String communityCode) {
        if (!isOfficeRegion(regionCode) || communityCode == null || communityCode.length() < regionCode.length()) {
            return false;
        }
        return regionCode.length() == 6
                ? regionCode.equals(district(communityCode))
                : regionCode.equals(street(communityCode));
    }

    /** The department code of a kind in a region: {@code KIND@regionCode}. */
    public static String department(String kind, String regionCode) {
        return kind + "@" + regionCode;
    }
}
