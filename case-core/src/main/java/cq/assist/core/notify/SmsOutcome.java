package cq.assist.core.notify;

/**
 * Published (as a Spring application event, in the sender's thread) each time a text is handed to the
 * {@link SmsGateway} or refused by a budget, for counting. Carries no phone, text or person.
 *
 * @param kind what the text was
 * @param sent true when it went to the gateway, false when a budget refused it
 */
public record SmsOutcome(SmsBudget.Kind kind, boolean sent) {}
