package cq.assist.core.pii;

/**
 * Masks personal data for responses: {@code 500103********123X}, {@code 139****0001}, {@code 王*}, a bank account
 * {@code ************5678}.
 */
public final class Masking {

    private Masking() {}

    /** Keeps the first 6 and last 4 characters of an ID number. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6)
                + "*".repeat(idNumber.length() - 10)
                + idNumber.substring(idNumber.length() - 4);
    }

    /** Keeps the first 3 and last 4 digits of a phone number. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /** Keeps the last 4 digits of a bank account number; a shorter one is masked whole. */
    public static String account(String account) {
        if (account == null || account.length() <= 8) {
            return account == null ? null : "*".repeat(account.length());
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    /** Keeps the first character of a name (the family name) and masks the rest. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
    }

    /**
     * Keeps a home address down to the street or lane and masks the house, building and room numbers:
     * {@code 渝中区领事巷8号2-3} becomes {@code 渝中区领事巷**}. An address without a number keeps its
     * first half.
     */
    public static String address(String address) {
        if (address == null || address.isBlank()) {
            return address;
        }
        String text = address.strip();
        int cut = -1;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            cut = (text.length() + 1) / 2;
        }
        return text.substring(0, cut).strip() + "**";
    }
}
