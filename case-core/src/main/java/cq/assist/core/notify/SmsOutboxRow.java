package cq.assist.core.notify;

import java.time.Instant;

/** One {@code sms_outbox} row, encrypted as stored. */
record SmsOutboxRow(Long id, String phoneHash, byte[] phoneEnc, byte[] textEnc, byte[] codeEnc, Instant sentAt) {}
