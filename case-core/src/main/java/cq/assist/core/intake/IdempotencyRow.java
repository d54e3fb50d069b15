package cq.assist.core.intake;

/** One {@code idempotency_key} row: the first request an account sent under a key. */
public record IdempotencyRow(String ownerAccountId, String idemKey, String requestSha256, String applicationId) {}
