package cq.assist.core.intake;

import cq.assist.core.authorization.CoSigningTokens;
import cq.assist.core.common.DomainException;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.pii.Masking;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads applications for the account asking: a resident sees those it filed and those where it is the
 * applicant (same phone); a worker sees those it filed. Anything else is "not found".
 */
@Service
public class ReadingApplications {

    /** Largest page size. */
    public static final int MAX_PAGE_SIZE = 100;

    private final ApplicationMapper applications;
    private final CoSigningTokens tokens;
    private final MobileAccounts accounts;

    public ReadingApplications(ApplicationMapper applications, CoSigningTokens tokens, MobileAccounts accounts) {
        this.applications = applications;
        this.tokens = tokens;
        this.accounts = accounts;
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

    /** A page (0-based) of the reader's applications, newest first; size is capped at {@value #MAX_PAGE_SIZE}. */
    @Transactional(readOnly = true)
    public List<ApplicationDetails> list(Filer reader, int page, int size) {
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int offset = Math.max(0, page) * limit;
        return applications
                .selectVisible(new VisibleQuery(reader.accountId(), phoneHash(reader), offset, limit))
                .stream()
                .map(this::details)
                .toList();
    }

    private boolean visibleTo(Filer reader, ApplicationRow row) {
        if (row.filerAccountId().equals(reader.accountId())) {
            return true;
        }
        String phoneHash = phoneHash(reader);
        return phoneHash != null && phoneHash.equals(row.applicantPhoneHash());
    }

    private String phoneHash(Filer reader) {
        return reader.worker() ? null : accounts.phoneHashOf(reader.accountId()).orElse(null);
    }

    private ApplicationDetails details(ApplicationRow row) {
        Map<Integer, MemberRow> members = applications.selectMembers(row.id()).stream()
                .collect(Collectors.toMap(MemberRow::seq, Function.identity()));
        List<ApplicationDetails.Pending> pending =
                ApplicationStatus.AWAITING_AUTHORIZATION.name().equals(row.status())
                        ? tokens.pending(row.id()).stream()
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
                applications.selectEvents(row.id()));
    }
}
