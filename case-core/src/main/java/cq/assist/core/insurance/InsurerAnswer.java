package cq.assist.core.insurance;

import java.math.BigDecimal;

/**
 * The insurer's answer to a claim.
 *
 * @param paid true when the insurer pays
 * @param amountPaid the payout in yuan (more than 0 when paid; ignored otherwise)
 * @param reason the insurer's reason or payout rule, Chinese
 * @param insurerRef the insurer's own reference, may be null
 */
public record InsurerAnswer(String claimId, boolean paid, BigDecimal amountPaid, String reason, String insurerRef) {}
