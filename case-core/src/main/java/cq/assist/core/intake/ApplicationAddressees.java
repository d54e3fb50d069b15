package cq.assist.core.intake;

import cq.assist.core.notify.MessageAddressees;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The {@link MessageAddressees} of {@code notify}: an application's applicant, read from intake's tables. */
@Component
class ApplicationAddressees implements MessageAddressees {

    private final ApplicationMapper applications;

    ApplicationAddressees(ApplicationMapper applications) {
        this.applications = applications;
    }

    @Override
    public Optional<Addressee> ofApplication(String applicationId) {
        return Optional.ofNullable(applications.selectById(applicationId))
                .map(app -> new Addressee(
                        FiledBy.SELF.name().equals(app.filedBy()) ? app.filerAccountId() : null,
                        app.applicantIdNumberHash(),
                        app.applicantPhoneEnc()));
    }
}
