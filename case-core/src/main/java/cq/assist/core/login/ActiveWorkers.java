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
    private final MobileAccountMapper accounts;
    private final cq.assist.core.pii.PiiCipher cipher;

    ActiveWorkers(CommunityWorkerMapper workers, MobileAccountMapper accounts, cq.assist.core.pii.PiiCipher cipher) {
        this.workers = workers;
        this.accounts = accounts;
        this.cipher = cipher;
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
        Optional<CommunityWorkerMapper.WorkerRow> worker = Optional.ofNullable(workers.selectEnabledByAccountId(id));
        if (worker.isEmpty() && cipher.indexKeyVersions() > 1) {
            // the account and the worker row may have been indexed under different index-key versions
            MobileAccountMapper.PhoneRow phone = accounts.selectPhoneEncById(id);
            if (phone != null) {
                String plain =
                        cipher.decrypt(cq.assist.core.pii.PiiField.ACCOUNT_PHONE, phone.phoneHash(), phone.phoneEnc());
                worker = cipher.findByIndex(plain, hash -> Optional.ofNullable(workers.selectEnabledByPhoneHash(hash)));
            }
        }
        return worker.map(CommunityWorkerMapper.WorkerRow::communityCode);
    }

    /** Whether the account is an enabled worker of exactly this community now. */
    public boolean serves(String accountId, String communityCode) {
        return communityCode != null
                && communityOf(accountId).filter(communityCode::equals).isPresent();
    }
}
