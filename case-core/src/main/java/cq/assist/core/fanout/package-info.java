/**
 * The glue between an application and its item cases (一件事联办): {@link
 * cq.assist.core.fanout.AssessingApplication} runs the economic check and the rules and stores the
 * decisions as item cases; {@link cq.assist.core.fanout.GrantingApplyFree} grants the apply-free items;
 * {@link cq.assist.core.fanout.StartingReview} moves the application to IN_REVIEW and names the cases
 * that need a department; {@link cq.assist.core.fanout.PushingJointItems} pushes the joint items after a
 * grant; {@link cq.assist.core.fanout.ClosingApplications} closes the application when every case is
 * decided, tells the resident once and starts monitoring. Each step is idempotent: a retried job changes
 * nothing the second time.
 */
package cq.assist.core.fanout;
