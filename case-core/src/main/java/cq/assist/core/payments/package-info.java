/**
 * Monthly payments (次月发放): a district's roll of a month from the grants in force, exactly once per
 * household, item and month; the bank file's lines; the bank's return file reconciled, failed lines flagged
 * to the district.
 */
package cq.assist.core.payments;
