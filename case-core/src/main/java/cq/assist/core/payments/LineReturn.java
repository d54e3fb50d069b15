package cq.assist.core.payments;

import java.time.Instant;

/** The bank's answer for one line of a roll. */
record LineReturn(long lineId, String rollId, String status, String reason, Instant at) {}
