package cq.assist.core.check;

import cq.assist.core.household.IdNumber;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Fixture factory: valid, random ID numbers so test rows never collide within one database. */
public final class TestIdNumbers {

    private TestIdNumbers() {}

    /** A valid ID number of an adult born between 1950 and 1999 in 渝中区. */
    public static String adult() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(50 * 365));
        return IdNumber.of("500103", birth, random.nextInt(1000));
    }

    /** A valid ID number of someone born on the given day. */
    public static String bornOn(LocalDate birth) {
        return IdNumber.of("500103", birth, ThreadLocalRandom.current().nextInt(1000));
    }
}
