package cq.assist.core.login;

import java.time.Instant;

/**
 * A row of {@code sms_phone_lock}: the wrong codes counted in the current 24-hour window of a key and the lock
 * they caused. The key is the blind index of a phone, of a phone at a client address, or of an address
 * ({@link SmsCodeService}).
 *
 * @param phoneHash the key
 * @param failedCount wrong codes since {@code failedWindowStart}
 * @param failedWindowStart start of the window, or null before the first wrong code
 * @param lockedUntil for a phone: guarded until then (its codes accepted only from the address that asked
 *     for them); for a phone at an address or an address: no code sent or accepted there until then; null
 *     when never set
 */
record PhoneLockRow(String phoneHash, int failedCount, Instant failedWindowStart, Instant lockedUntil) {}
