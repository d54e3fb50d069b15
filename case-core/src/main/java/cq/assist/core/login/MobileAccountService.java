package cq.assist.core.login;

import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MobileAccounts} over {@code mobile_account}: one account per phone, found or created race-free. */
@Service
public class MobileAccountService implements MobileAccounts {

    private final MobileAccountMapper accounts;
    private final PiiCipher cipher;
    private final BusinessClock clock;

    MobileAccountService(MobileAccountMapper accounts, PiiCipher cipher, BusinessClock clock) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public Optional<String> phoneHashOf(String accountId) {
        return parse(accountId).map(accounts::selectPhoneHashById);
    }

    @Override
    public Optional<String> phoneOf(String accountId) {
        return parse(accountId)
                .map(accounts::selectPhoneEncById)
                .map(row -> cipher.decrypt(cq.assist.core.pii.PiiField.ACCOUNT_PHONE, row.phoneHash(), row.phoneEnc()));
    }

    @Override
    public Optional<RealName> realNameOf(String accountId) {
        Optional<Long> id = parse(accountId);
        return id.map(accounts::selectRealNameById)
                .filter(row -> row.idNumberHash() != null)
                .map(row -> new RealName(
                        row.name(),
                        cipher.decrypt(
                                cq.assist.core.pii.PiiField.ACCOUNT_REAL_ID_NUMBER,
                                accounts.selectPhoneHashById(id.get()),
                                row.idNumberEnc()),
                        row.idNumberHash(),
                        row.method(),
                        row.reference(),
                        row.verifiedAt()));
    }

    @Override
    @Transactional
    public boolean bind(String accountId, RealName realName) {
        long id = parse(accountId).orElseThrow(() -> new IllegalArgumentException("not an account id"));
        return accounts.updateRealName(
                        id,
                        new MobileAccountMapper.RealNameRow(
                                realName.name(),
                                cipher.encrypt(
                                        cq.assist.core.pii.PiiField.ACCOUNT_REAL_ID_NUMBER,
                                        accounts.selectPhoneHashById(id),
                                        realName.idNumber()),
                                realName.idNumberHash(),
                                realName.method(),
                                realName.reference(),
                                realName.verifiedAt()))
                == 1;
    }

    /**
     * The id of the account of this phone, created on first use ({@code INSERT IGNORE}, then select, so
     * two first logins at once end with one account), with its last login time set to now.
     *
     * @param phone the 11-digit mobile number; must not be null
     */
    @Transactional
    public String recordLogin(String phone) {
        // an account indexed under an older index-key version is the same account (the phone's first login)
        long id = cipher.findByIndex(phone, hash -> java.util.Optional.ofNullable(accounts.selectIdByPhoneHash(hash)))
                .orElseGet(() -> {
                    String phoneHash = cipher.blindIndex(phone);
                    accounts.insertIgnore(
                            phoneHash,
                            cipher.encrypt(cq.assist.core.pii.PiiField.ACCOUNT_PHONE, phoneHash, phone),
                            clock.now());
                    return accounts.selectIdByPhoneHash(phoneHash);
                });
        accounts.updateLastLogin(id, clock.now());
        return Long.toString(id);
    }

    private static Optional<Long> parse(String accountId) {
        try {
            return accountId == null ? Optional.empty() : Optional.of(Long.parseLong(accountId));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
