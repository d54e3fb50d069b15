package cq.assist.core.login;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The community a phone account serves as a community worker right now, read from
 * {@code community_worker} on every request (not from the token), so a worker who is disabled or
 * moved loses its filings' access at once.
 */
@Service
public class ActiveWorkers {

    private final CommunityWorkerMapper workers;

    ActiveWorkers(CommunityWorkerMapper workers) {
        this.workers = workers;
    }

    /**
     * The community of the enabled worker with this account's phone (one join of {@code mobile_account}
     * and {@code community_worker}); empty when there is none or the id is not a mobile account id.
     */
    public Optional<String> communityOf(String accountId) {
        final long id;
        try {
            id = accountId == null ? -1 : Long.parseLong(accountId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(workers.selectEnabledByAccountId(id))
                .map(CommunityWorkerMapper.WorkerRow::communityCode);
    }

    /** Whether the account is an enabled worker of exactly this community now. */
    public boolean serves(String accountId, String communityCode) {
        return communityCode != null
                && communityOf(accountId).filter(communityCode::equals).isPresent();
    }
}
