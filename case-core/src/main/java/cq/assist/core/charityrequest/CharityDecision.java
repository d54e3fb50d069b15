package cq.assist.core.charityrequest;

import java.math.BigDecimal;

/**
 * A charity's decision on a request.
 *
 * @param accept true to accept (then {@code amount} is required), false to decline (then {@code reason} is)
 * @param amount yuan, one-off, more than 0 and at most the project's per-person cap
 * @param reason Chinese, at most 500 characters
 */
public record CharityDecision(boolean accept, BigDecimal amount, String reason) {}
