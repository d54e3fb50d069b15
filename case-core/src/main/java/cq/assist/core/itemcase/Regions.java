package cq.assist.core.itemcase;

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

    public static String department(String kind, String regionCode) {
        return kind + "@" + regionCode;
    }
}
