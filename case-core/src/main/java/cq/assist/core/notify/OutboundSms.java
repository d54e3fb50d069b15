package cq.assist.core.notify;

/**
 * Sends one text to a person within the daily budgets ({@link SmsBudget} is the implementation).
 */
@FunctionalInterface
public interface OutboundSms {

    /**
     * Sends the text unless a budget is used up.
     *
     * @param phone the 11-digit destination
     * @param text the message, in Chinese
     * @param code the one-time code it carries, or null
     * @param applicantKey blind index of the applicant's ID number the text is sent for, or null
     * @param kind what the text is
     * @return false when nothing was sent because a budget is used up
     */
    boolean send(String phone, String text, String code, String applicantKey, SmsBudget.Kind kind);
}
