package cq.assist.core.intake;

import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.household.IdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Collects failing fields by JSON path, with the checks the intake rules share. */
final class FieldChecks {

    private static final Pattern PHONE = Pattern.compile("^1[3-9]\\d{9}$");

    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();

    FieldChecks(LocalDate today) {
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void fail(String path, String key) {
        errors.add(new FieldError(path, key));
    }

    void required(String path, String value) {
        if (isBlank(value)) {
            fail(path, "intake.required");
        }
    }

    /** True when the value is a valid GB 11643 number born by today. */
    boolean idNumber(String path, String value) {
        if (isBlank(value)) {
            fail(path, "intake.required");
            return false;
        }
        if (!IdNumber.isValid(value, today)) {
            fail(path, "intake.idNumber.invalid");
            return false;
        }
        return true;
    }

    void phone(String path, String value) {
        if (!PHONE.matcher(value).matches()) {
            fail(path, "intake.phone.invalid");
        }
    }

    /** The enum constant named by the value, or null (failing when the value is unknown, or missing and required). */
    <E extends Enum<E>> E enumValue(String path, Class<E> type, String value, boolean required) {
        if (isBlank(value)) {
            if (required) {
                fail(path, "intake.required");
            }
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    fail(path, "intake.enum.invalid");
                    return null;
                });
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
