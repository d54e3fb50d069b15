package cq.assist.core.login;

import java.time.Instant;

/**
 * A phone's lock row: the wrong codes counted in the current 24-hour window and the lock they caused.
 *
 * @param failedCount wrong codes since {@code failedWindowStart}
 * @param failedWindowStart start of the window, or null before the first wrong code
 * @param lockedUntil no code is accepted before this time; null when not locked
 */
record PhoneLockRow(String phoneHash, int failedCount, Instant failedWindowStart, Instant lockedUntil) {}
