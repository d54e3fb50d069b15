package cq.assist.core.charityrequest;

import cq.assist.core.charity.CharityFunds;
import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.ReadingApplications;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The resident's side of 慈善+救助: the projects matched to its application with what is left of each
 * fund and the consent each would need; a request with that separate consent; following its requests;
 * withdrawing a consent, which hides the data from the charity at once. Only applications the reader
 * may see count ({@link ReadingApplications#visibleTo}); anything else is "not found". Only a resident
 * (not a worker filing by proxy) can consent for itself.
 */
@Service
public class RequestingCharityHelp {

    /** Most requests listed at once. */
    public static final int MAX_LISTED = 200;

    private final Applications applications;
    private final ReadingApplications reading;
    private final ApplicationItems items;
    private final CharityFunds funds;
    private final CharityRequestMapper requests;
    private final InAppMessages messages;
    private final MessageSource texts;
    private final BusinessClock clock;
    private final Timeline timeline;

    public RequestingCharityHelp(
            Applications applications,
            ReadingApplications reading,
            ApplicationItems items,
            CharityFunds funds,
            CharityRequestMapper requests,
            InAppMessages messages,
            MessageSource texts,
            BusinessClock clock,
            Timeline timeline) {
        this.timeline = timeline;
        this.applications = applications;
        this.reading = reading;
        this.items = items;
        this.funds = funds;
        this.requests = requests;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
    }

    /** The matched projects of an application, best first; NOT_FOUND when the reader may not see it. */
    @Transactional(readOnly = true)
    public List<Offer> offers(Filer reader, String applicationId) {
        visible(reader, applicationId);
        List<CharityRequestRow> mine = requests.selectByApplication(applicationId);
        return items.charityMatches(applicationId).stream()
                .map(m -> {
                    ProjectFundRow project = funds.project(m.projectId()).orElse(null);
                    Optional<CharityRequestRow> open = mine.stream()
                            .filter(r -> r.projectId().equals(m.projectId()))
                            .findFirst();
                    return new Offer(
                            m.projectId(),
                            m.name(),
                            m.organisation(),
                            project == null ? BigDecimal.ZERO : project.fundRemaining(),
                            project == null ? null : project.perPersonCap(),
                            project != null && project.active(),
                            m.reasons(),
                            project == null ? null : ConsentTerms.of(project),
                            open.map(CharityRequestRow::id).orElse(null),
                            open.map(CharityRequestRow::status).orElse(null));
                })
                .toList();
    }

    /**
     * Files a request with the resident's separate consent (PIPL arts. 23 and 29). The consent stored is the
     * one the resident read: when the app sends the SHA-256 of the consent text it showed, a text that changed
     * since (the project's terms or fields) is refused rather than recorded as agreed.
     *
     * @param shownTextSha256 lowercase hex SHA-256 of the consent text the app showed ({@code consent.textSha256}
     *     of the offer); null when the client does not send it (the contract's body has no such field)
     * @throws DomainException VALIDATION naming {@code consentToShare} when consent is not given; FORBIDDEN for
     *     a worker; NOT_FOUND for an application the reader may not see; UNPROCESSABLE naming {@code projectId}
     *     when the project is not among the application's matches or no longer open; CONFLICT naming {@code
     *     consentTextSha256} when the consent text changed since it was shown; CONFLICT when an open request to
     *     the project exists
     */
    @Transactional
    public CharityRequestView request(
            Filer resident, String applicationId, String projectId, boolean consent, String shownTextSha256) {
        if (!consent) {
            throw DomainException.invalid(List.of(new FieldError("consentToShare", "charity.consent.required")));
        }
        if (resident.worker()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "charity.consent.residentOnly");
        }
        ApplicationRow app = visible(resident, applicationId);
        boolean matched = items.charityMatches(applicationId).stream()
                .anyMatch(m -> m.projectId().equals(projectId));
        ProjectFundRow project = matched ? funds.project(projectId).orElse(null) : null;
        if (project == null || !project.active()) {
            throw DomainException.withFields(
                    ProblemKind.UNPROCESSABLE,
                    matched ? "charity.project.closed" : "charity.project.notMatched",
                    List.of(new FieldError("projectId", "charity.project.notMatched")));
        }
        ConsentTerms terms = ConsentTerms.of(project);
        if (shownTextSha256 != null && !shownTextSha256.strip().equalsIgnoreCase(terms.textSha256())) {
            throw DomainException.withFields(
                    ProblemKind.CONFLICT,
                    "charity.consent.changed",
                    List.of(new FieldError("consentTextSha256", "charity.consent.changed")));
        }
        Instant now = clock.now();
        String id = UUID.randomUUID().toString();
        try {
            requests.insert(new CharityRequestRow(
                    id,
                    applicationId,
                    projectId,
                    project.name(),
                    project.orgCode(),
                    project.orgName(),
                    app.applicantIdNumberHash(),
                    resident.accountId(),
                    CharityRequestStatus.SUBMITTED.name(),
                    null,
                    null,
                    null,
                    null,
                    now));
        } catch (DuplicateKeyException e) {
            throw new DomainException(ProblemKind.CONFLICT, "charity.request.duplicate");
        }
        requests.insertConsent(new CharityConsentRow(
                id,
                applicationId,
                project.orgCode(),
                project.orgName(),
                projectId,
                terms.purpose(),
                terms.fieldCodes(),
                terms.text(),
                terms.textSha256(),
                resident.accountId(),
                now,
                null,
                null));
        messages.tell(
                applicationId,
                text("message.charity.submitted.title"),
                text("message.charity.submitted.text", project.orgName(), project.name()));
        timeline.record(applicationId, "CHARITY_REQUESTED", Timeline.Actor.APPLICANT, null);
        return view(id);
    }

    /** One request; NOT_FOUND unless it belongs to an application the reader may see. */
    @Transactional(readOnly = true)
    public CharityRequestView read(Filer reader, String requestId) {
        CharityRequestRow row = requests.selectById(requestId);
        if (row == null) {
            throw DomainException.notFound("charity.request.notFound");
        }
        visible(reader, row.applicationId(), "charity.request.notFound");
        return CharityRequestView.of(row, requests.selectConsent(requestId));
    }

    /**
     * The reader's requests, newest first: those of one application (NOT_FOUND if not the reader's), or,
     * with {@code applicationId} null, every request the reader's account made.
     */
    @Transactional(readOnly = true)
    public List<CharityRequestView> list(Filer reader, String applicationId) {
        List<CharityRequestRow> rows;
        if (applicationId != null) {
            visible(reader, applicationId);
            rows = requests.selectByApplication(applicationId);
        } else {
            rows = requests.selectByAccount(reader.accountId(), MAX_LISTED);
        }
        return rows.stream()
                .map(r -> CharityRequestView.of(r, requests.selectConsent(r.id())))
                .toList();
    }

    /**
     * Withdraws the consent of a request: from this commit on the charity sees none of the data; a request
     * not yet decided becomes WITHDRAWN (an accepted one stays accepted).
     *
     * @throws DomainException NOT_FOUND as {@link #read}; FORBIDDEN for a worker; CONFLICT when already withdrawn
     */
    @Transactional
    public CharityRequestView withdrawConsent(Filer resident, String requestId) {
        CharityRequestView request = read(resident, requestId);
        if (resident.worker()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "charity.consent.residentOnly");
        }
        Instant now = clock.now();
        if (requests.updateConsentWithdrawn(requestId, now, resident.accountId()) == 0) {
            throw new DomainException(ProblemKind.CONFLICT, "charity.consent.withdrawn");
        }
        requests.updateWithdrawn(requestId, now, resident.accountId());
        messages.tell(
                request.applicationId(),
                text("message.charity.withdrawn.title"),
                text("message.charity.withdrawn.text", request.organisation(), request.projectName()));
        timeline.record(request.applicationId(), "CHARITY_CONSENT_WITHDRAWN", Timeline.Actor.APPLICANT, null);
        return view(requestId);
    }

    private CharityRequestView view(String id) {
        return CharityRequestView.of(requests.selectById(id), requests.selectConsent(id));
    }

    private ApplicationRow visible(Filer reader, String applicationId) {
        return visible(reader, applicationId, "intake.application.notFound");
    }

    private ApplicationRow visible(Filer reader, String applicationId, String notFoundKey) {
        ApplicationRow row = applicationId == null ? null : applications.find(applicationId);
        if (row == null || !reading.visibleTo(reader, row)) {
            throw DomainException.notFound(notFoundKey);
        }
        return row;
    }

    private String text(String key, Object... args) {
        return texts.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * One matched project as the resident sees it.
     *
     * @param remainingFund what is left of the fund (yuan)
     * @param perPersonCap the most one request can receive (yuan)
     * @param open whether the project takes requests
     * @param terms the consent a request would need
     * @param requestId the reader's latest request to the project, or null
     * @param requestStatus its status, or null
     */
    public record Offer(
            String projectId,
            String name,
            String organisation,
            BigDecimal remainingFund,
            BigDecimal perPersonCap,
            boolean open,
            List<String> reasons,
            ConsentTerms terms,
            String requestId,
            String requestStatus) {}
}
