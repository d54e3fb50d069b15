/** Working days under the national holiday calendar, for due dates and the 10-working-day target. */
package cq.assist.core.calendar;
