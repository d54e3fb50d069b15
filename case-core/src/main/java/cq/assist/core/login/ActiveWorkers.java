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

    private final MobileAccounts accounts;
    private final CommunityWorkerMapper workers;

    ActiveWorkers(MobileAccounts accounts, CommunityWorkerMapper workers) {
        this.accounts = accounts;
        this.workers = workers;
    }

    /** The community of the enabled worker with this account's phone; empty when there is none. */
    public Optional<String> communityOf(String accountId) {
        return accounts.phoneHashOf(accountId)
                .map(workers::selectEnabledByPhoneHash)
                .map(CommunityWorkerMapper.WorkerRow::communityCode);
    }

    /** Whether the account is an enabled worker of exactly this community now. */
    public boolean serves(String accountId, String communityCode) {
        return communityCode != null
                && communityOf(accountId).filter(communityCode::equals).isPresent();
    }
}
