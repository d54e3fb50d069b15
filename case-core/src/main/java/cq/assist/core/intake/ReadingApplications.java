package cq.assist.core.intake;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.Paging;
import cq.assist.core.login.ActiveWorkers;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.pii.Masking;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads applications for the account asking: a resident sees those it filed itself and those whose
 * applicant is the person its account is real-name bound to; a worker sees its proxy filings in the
 * community it serves now (a disabled or moved worker sees none of them, and never through a resident
 * token). Anything else is "not found".
 */
@Service
public class ReadingApplications {

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 100;

    private final ApplicationMapper applications;
    private final AuthorizationPort authorizations;
    private final MobileAccounts accounts;
    private final ActiveWorkers workers;
    private final cq.assist.core.pii.PiiCipher cipher;

    public ReadingApplications(
            ApplicationMapper applications,
            AuthorizationPort authorizations,
            MobileAccounts accounts,
            ActiveWorkers workers,
            cq.assist.core.pii.PiiCipher cipher) {
        this.applications = applications;
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.workers = workers;
        this.cipher = cipher;
    }

    /** One application, or NOT_FOUND when it does not exist or the reader may not see it. */
    @Transactional(readOnly = true)
    public ApplicationDetails read(Filer reader, String applicationId) {
        ApplicationRow row = applications.selectById(applicationId);
        if (row == null || !visibleTo(reader, row)) {
            throw DomainException.notFound("intake.application.notFound");
        }
        return details(row);
    }

    /**
     * A page (0-based) of the reader's applications, newest first.
     *
     * @param page 0 to {@value Paging#MAX_PAGE}
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     * @throws DomainException VALIDATION naming {@code page} or {@code size} when out of range
     */
    @Transactional(readOnly = true)
    public List<ApplicationDetails> list(Filer reader, int page, int size) {
        Paging paging = Paging.of(page, size, MAX_PAGE_SIZE);
        String community =
                reader.worker() ? workers.communityOf(reader.accountId()).orElse(null) : null;
        if (reader.worker() && community == null) {
            return List.of();
        }
        return applications
                .selectVisible(new VisibleQuery(
                        reader.accountId(), boundIdHashes(reader), community, reader.worker(), paging.offset(), size))
                .stream()
                .map(this::details)
                .toList();
    }

    /** Whether the reader may see this application (see the class comment). */
    public boolean visibleTo(Filer reader, ApplicationRow row) {
        if (reader.worker()) {
            return FiledBy.PROXY.name().equals(row.filedBy())
                    && row.filerAccountId().equals(reader.accountId())
                    && workers.serves(reader.accountId(), row.filerWorkerCommunity());
        }
        if (FiledBy.SELF.name().equals(row.filedBy()) && row.filerAccountId().equals(reader.accountId())) {
            return true;
        }
        return boundIdHashes(reader).contains(row.applicantIdNumberHash());
    }

    /** The blind indexes of the reader's bound ID number under every configured version (empty: unbound). */
    private List<String> boundIdHashes(Filer reader) {
        return reader.worker()
                ? List.of()
                : accounts.realNameOf(reader.accountId())
                        .map(realName -> cipher.blindIndexes(realName.idNumber()))
                        .orElse(List.of());
    }

    private ApplicationDetails details(ApplicationRow row) {
        Map<Integer, MemberRow> members = applications.selectMembers(row.id()).stream()
                .collect(Collectors.toMap(MemberRow::seq, Function.identity()));
        List<ApplicationDetails.Pending> pending =
                ApplicationStatus.AWAITING_AUTHORIZATION.name().equals(row.status())
                        ? authorizations.pending(row.id()).stream()
                                .map(link -> new ApplicationDetails.Pending(
                                        Masking.name(
                                                members.get(link.memberSeq()).name()),
                                        link.authorizeUrl(),
                                        link.qrPngUrl(),
                                        link.expiresAt()))
                                .toList()
                        : List.of();
        return new ApplicationDetails(
                row.id(),
                row.applicationNo(),
                row.status(),
                row.filedBy(),
                row.submittedAt(),
                Masking.name(row.applicantName()),
                pending,
                applications.selectEvents(row.id()),
                row.communityCode(),
                row.anonymisedAt());
    }
}
