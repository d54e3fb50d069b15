package cq.assist.core.notify;

/**
 * Port to the SMS gateway (outside our reach). The demo adapter writes to an outbox table that the
 * demo profile's {@code GET /dev/sms-outbox} reads; a production adapter calls the operator's gateway.
 */
public interface SmsGateway {

    /**
     * Sends a text. Implementations must not log the phone or the text.
     *
     * @param phone the 11-digit mobile number
     * @param text the message, in Chinese
     * @param code the one-time code the text carries, or null (kept so the demo outbox can show it)
     */
    void send(String phone, String text, String code);
}
