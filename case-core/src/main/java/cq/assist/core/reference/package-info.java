/**
 * Change counters of cached reference data (parameters, calendar): a writer raises one in its transaction,
 * and every node drops the matching {@link cq.assist.core.reference.ReferenceCache} soon after.
 */
package cq.assist.core.reference;
