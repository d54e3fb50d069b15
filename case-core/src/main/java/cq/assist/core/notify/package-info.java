/** Notifications to residents and staff: the SMS gateway port and the outbox. */
package cq.assist.core.notify;
