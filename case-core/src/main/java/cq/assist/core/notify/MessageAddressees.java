package cq.assist.core.notify;

import java.util.Optional;

/**
 * Who the messages about an application go to (implemented by the {@code intake} feature, which owns
 * applications; {@code notify} does not depend on it).
 */
public interface MessageAddressees {

    /** The applicant of an application as an addressee, or empty when the application does not exist. */
    Optional<Addressee> ofApplication(String applicationId);

    /**
     * The applicant of one application.
     *
     * @param selfFilerAccountId the account that filed the application for itself, or null for a worker's
     *     proxy filing (the applicant then reads its messages through its own real-name bound account)
     * @param applicantIdNumberHash blind index of the applicant's ID number
     * @param applicantPhoneEnc the applicant's phone, encrypted as stored
     */
    record Addressee(String selfFilerAccountId, String applicantIdNumberHash, byte[] applicantPhoneEnc) {}
}
