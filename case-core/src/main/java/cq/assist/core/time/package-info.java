/**
 * Business time: {@link cq.assist.core.time.BusinessClock} (system time plus an offset the demo clock
 * moves), shared between nodes and apps through the one-row {@code business_clock} table.
 */
package cq.assist.core.time;
