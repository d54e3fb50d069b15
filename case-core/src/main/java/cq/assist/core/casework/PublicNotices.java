package cq.assist.core.casework;

import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.pii.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 7-day public notices (公示) of one community now running, as the community board shows them: the
 * item, the household's applicant name masked, its number of members, the proposed amount and the notice
 * period. Nothing else about the household is public. Objections of the public go through
 * {@link ObjectingToNotice#objectAsPublic}.
 */
@Service
public class PublicNotices {

    private final CaseworkMapper casework;
    private final ItemCatalog catalog;

    PublicNotices(CaseworkMapper casework, ItemCatalog catalog) {
        this.casework = casework;
        this.catalog = catalog;
    }

    /** The notices of {@code communityCode} (12 digits) running now; empty for any other code. */
    @Transactional(readOnly = true)
    public List<Notice> running(String communityCode) {
        if (communityCode == null || !communityCode.matches("\\d{12}")) {
            return List.of();
        }
        return casework.selectPublicNotices(communityCode).stream()
                .map(this::notice)
                .toList();
    }

    private Notice notice(CaseworkMapper.NoticeRow row) {
        ItemRow item = catalog.item(row.itemCode());
        return new Notice(
                row.caseId(),
                item == null ? row.itemCode() : item.nameZh(),
                Masking.name(row.applicantName()),
                row.members() == null ? 0 : row.members().intValue(),
                row.amount(),
                row.noticeFrom(),
                row.noticeUntil());
    }

    /**
     * One notice.
     *
     * @param id the item case under notice (the id an objection names)
     * @param householdName the applicant's name, masked
     * @param amount the proposed amount in yuan (per month), or null when the item pays none
     */
    public record Notice(
            String id,
            String itemName,
            String householdName,
            int members,
            BigDecimal amount,
            Instant from,
            Instant until) {}
}
