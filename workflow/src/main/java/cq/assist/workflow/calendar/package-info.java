/** Replacing a year of the working-day calendar and moving the due dates of open tasks with it. */
package cq.assist.workflow.calendar;
