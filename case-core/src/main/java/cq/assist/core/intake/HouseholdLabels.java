package cq.assist.core.intake;

import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names an application's household the way a community worker may see it on its lists: the applicant's
 * name and the home address, both masked ({@code 卢**}, {@code 渝中区领事巷**}). The caller has already
 * limited the list to the worker's own community.
 */
@Service
public class HouseholdLabels {

    private final ApplicationMapper applications;
    private final PiiCipher cipher;

    HouseholdLabels(ApplicationMapper applications, PiiCipher cipher) {
        this.applications = applications;
        this.cipher = cipher;
    }

    /** The household of an application, masked; empty when there is no such application. */
    @Transactional(readOnly = true)
    public Optional<Label> of(String applicationId) {
        ApplicationRow row = applicationId == null ? null : applications.selectById(applicationId);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Label(
                Masking.name(row.applicantName()),
                row.addressEnc() == null
                        ? null
                        : Masking.address(cipher.decrypt(
                                cq.assist.core.pii.PiiField.APPLICATION_ADDRESS, row.id(), row.addressEnc()))));
    }

    /** A household as a worker's list shows it: masked name and address. */
    public record Label(String name, String address) {}
}
