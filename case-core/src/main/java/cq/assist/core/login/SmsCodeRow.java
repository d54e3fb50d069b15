package cq.assist.core.login;

import java.time.Instant;

/** A new {@code sms_code} row: hashes only, never the phone or the code. */
record SmsCodeRow(
        Long id, String phoneHash, String codeHash, String clientIpHash, Instant createdAt, Instant expiresAt) {}
