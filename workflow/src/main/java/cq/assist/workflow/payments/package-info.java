/**
 * Payments in the workflow: a failed line of the bank's return file becomes a follow-up case in the district's
 * inbox ({@link cq.assist.workflow.payments.FollowingUpFailedPayments}).
 */
package cq.assist.workflow.payments;
