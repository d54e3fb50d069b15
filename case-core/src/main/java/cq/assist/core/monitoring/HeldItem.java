package cq.assist.core.monitoring;

import java.math.BigDecimal;

/**
 * An item a monitored household holds or has open (an item case holding the household key).
 *
 * @param householdKey blind index of the household
 * @param itemCode the item
 * @param status GRANTED, or an open status (PENDING, IN_REVIEW, PUBLIC_NOTICE)
 * @param amount the granted amount in yuan (per month for monthly items), or null
 */
public record HeldItem(String householdKey, String itemCode, String status, BigDecimal amount) {

    public boolean granted() {
        return "GRANTED".equals(status);
    }
}
