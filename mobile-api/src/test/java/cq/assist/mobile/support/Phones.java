package cq.assist.mobile.support;

import java.util.concurrent.ThreadLocalRandom;

/** Test fixtures: unique mainland mobile numbers, so tests sharing one database never collide. */
public final class Phones {

    private Phones() {}

    /** A random number 19xxxxxxxxx (the 19 prefix keeps clear of the demo accounts' 139 numbers). */
    public static String random() {
        return "19" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
}
