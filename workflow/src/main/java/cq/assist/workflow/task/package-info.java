/**
 * The task facade the apps use: a caller's open tasks, claim and complete, all limited to the caller's
 * {@link cq.assist.workflow.task.TaskScope} (candidate groups naming department and region, or the
 * community). Outside the scope a task does not exist (NOT_FOUND); a task claimed by someone else or
 * already completed is a CONFLICT; engine exceptions are mapped to those kinds.
 */
package cq.assist.workflow.task;
