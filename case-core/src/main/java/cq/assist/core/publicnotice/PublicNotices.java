package cq.assist.core.publicnotice;

import cq.assist.core.itemcase.ItemCaseSteps;
import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.pii.Masking;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notices now running in a community (民政部《最低生活保障审核确认办法》第十九条: 公示 7 天),
 * for anyone to read: names masked, no ID numbers, no addresses.
 */
@Service
public class PublicNotices {

    private final PublicNoticeMapper mapper;
    private final ItemCatalog catalog;

    PublicNotices(PublicNoticeMapper mapper, ItemCatalog catalog) {
        this.mapper = mapper;
        this.catalog = catalog;
    }

    /** The running notices of the community, ending soonest first; empty for an unknown community. */
    @Transactional(readOnly = true)
    public List<PublicNotice> running(String communityCode) {
        return mapper.selectRunning(communityCode).stream().map(this::notice).toList();
    }

    private PublicNotice notice(NoticeRow row) {
        ItemRow item = catalog.item(row.itemCode());
        Instant from = row.noticeSince() != null
                ? row.noticeSince()
                : row.dueAt().minus(Duration.ofDays(ItemCaseSteps.NOTICE_DAYS));
        Instant until = row.noticeSince() != null
                ? row.noticeSince().plus(Duration.ofDays(ItemCaseSteps.NOTICE_DAYS))
                : row.dueAt();
        return new PublicNotice(
                row.caseId(),
                row.itemCode(),
                item == null ? row.itemCode() : item.nameZh(),
                Masking.name(row.applicantName()),
                row.members(),
                row.amount(),
                from,
                until);
    }
}
