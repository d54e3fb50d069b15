package cq.assist.core.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 18-character resident ID number of GB 11643: 6 region digits, the birth date (yyyyMMdd),
 * 3 sequence digits and a check character. The check character is the sum of the first 17 digits
 * times the weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11, mapped through {@code 10X98765432}.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[0-9X]");

    private IdNumber() {}

    /** Upper-cases and trims; null stays null. */
    public static String normalize(String idNumber) {
        return idNumber == null ? null : idNumber.trim().toUpperCase(Locale.ROOT);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** True when the shape, the birth date (a real date, not in the future) and the check character are right. */
    public static boolean isValid(String idNumber, LocalDate today) {
        String id = normalize(idNumber);
        if (id == null || !SHAPE.matcher(id).matches()) {
            return false;
        }
        Optional<LocalDate> birth = birthDate(id);
        return birth.isPresent()
                && !birth.get().isAfter(today)
                && birth.get().getYear() >= 1900
                && checkCharacter(id) == id.charAt(17);
    }

    /** The birth date encoded in a well-shaped number; empty when the digits are not a real date. */
    public static Optional<LocalDate> birthDate(String idNumber) {
        String id = normalize(idNumber);
        if (id == null || id.length() != 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14))));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Age in whole years on the given day (turns 18 on the 18th birthday). */
    public static int ageOn(String idNumber, LocalDate day) {
        return Period.between(birthDate(idNumber).orElseThrow(), day).getYears();
    }

    /** Builds a valid number from region, birth date and sequence (fixtures and demo data). */
    public static String of(String region6, LocalDate birth, int sequence) {
        String first17 = region6
                + String.format(
                        "%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }
}
