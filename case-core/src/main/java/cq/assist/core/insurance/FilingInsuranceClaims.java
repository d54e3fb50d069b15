package cq.assist.core.insurance;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.ReadingApplications;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The resident's side of 救助+保险: its applications' claims, and its consent (or refusal) to have an
 * offered claim filed. A consented claim becomes FILED and is handed to the {@link InsuranceClaims} port
 * after the transaction commits (the insurer answers later, see {@link RecordingInsurerAnswers}). Only
 * applications the reader may see count; others are "not found". With no insurer adapter configured the
 * claim stays FILED and a warning is logged.
 */
@Service
public class FilingInsuranceClaims {

    private static final Logger LOG = LoggerFactory.getLogger(FilingInsuranceClaims.class);

    private final InsuranceClaimMapper claims;
    private final Applications applications;
    private final ReadingApplications reading;
    private final PiiCipher cipher;
    private final BusinessClock clock;
    private final ObjectProvider<InsuranceClaims> insurer;

    FilingInsuranceClaims(
            InsuranceClaimMapper claims,
            Applications applications,
            ReadingApplications reading,
            PiiCipher cipher,
            BusinessClock clock,
            ObjectProvider<InsuranceClaims> insurer) {
        this.claims = claims;
        this.applications = applications;
        this.reading = reading;
        this.cipher = cipher;
        this.clock = clock;
        this.insurer = insurer;
    }

    /** The claims of an application, oldest first; NOT_FOUND when the reader may not see it. */
    @Transactional(readOnly = true)
    public List<InsuranceClaimView> ofApplication(Filer reader, String applicationId) {
        visible(reader, applicationId, "intake.application.notFound");
        return claims.selectByApplication(applicationId).stream()
                .map(InsuranceClaimView::of)
                .toList();
    }

    /** The claims of an application for staff (the caller checked the scope), oldest first. */
    @Transactional(readOnly = true)
    public List<InsuranceClaimView> ofApplication(String applicationId) {
        return claims.selectByApplication(applicationId).stream()
                .map(InsuranceClaimView::of)
                .toList();
    }

    /**
     * The resident consents to filing the claim (or refuses it).
     *
     * @throws DomainException NOT_FOUND when the claim is not of an application the reader may see;
     *     FORBIDDEN for a worker (the consent is the resident's own); CONFLICT when it no longer awaits consent
     */
    @Transactional
    public InsuranceClaimView consent(Filer resident, String claimId, boolean consent) {
        InsuranceClaimRow claim = claimId == null ? null : claims.selectById(claimId);
        if (claim == null) {
            throw DomainException.notFound("insurance.claim.notFound");
        }
        ApplicationRow app = visible(resident, claim.applicationId(), "insurance.claim.notFound");
        if (resident.worker()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "insurance.consent.residentOnly");
        }
        InsuranceClaimStatus next = consent ? InsuranceClaimStatus.FILED : InsuranceClaimStatus.CONSENT_REFUSED;
        if (claims.updateConsent(claimId, next.name(), resident.accountId(), clock.now()) == 0) {
            throw new DomainException(ProblemKind.CONFLICT, "insurance.claim.notAwaitingConsent");
        }
        if (consent) {
            ClaimFiling filing = new ClaimFiling(
                    claimId, app.applicantName(), cipher.decrypt(app.applicantIdNumberEnc()), claim.amountClaimed());
            afterCommit(() -> file(filing));
        }
        return InsuranceClaimView.of(claims.selectById(claimId));
    }

    private void file(ClaimFiling filing) {
        InsuranceClaims port = insurer.getIfAvailable();
        if (port == null) {
            LOG.warn("No insurer configured (assist.insurance.insurer): claim {} stays FILED", filing.claimId());
            return;
        }
        port.file(filing);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private ApplicationRow visible(Filer reader, String applicationId, String notFoundKey) {
        ApplicationRow row = applicationId == null ? null : applications.find(applicationId);
        if (row == null || !reading.visibleTo(reader, row)) {
            throw DomainException.notFound(notFoundKey);
        }
        return row;
    }
}
