package cq.assist.core.audit;

import java.time.Instant;

/** The head of the audit chain: the newest entry's seq and hash. */
record ChainHead(long lastSeq, String lastHash, Instant updatedAt) {}
