/**
 * Monitoring in the workflow: the scheduled re-screening (a timer start event, so one node runs it) and
 * alerts turned into follow-up reviews in the departments' inboxes.
 */
package cq.assist.workflow.monitoring;
