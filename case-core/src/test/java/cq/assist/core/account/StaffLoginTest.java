package cq.assist.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditOutcome;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class StaffLoginTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXP";
    private static final String PASSWORD = "Demo#2026";
    private static final String HASH = new BCryptPasswordEncoder(4).encode(PASSWORD);
    private static final String OFFICE = "10.20.0.7";
    private static final String ELSEWHERE = "203.0.113.9";

    private final PiiCipher cipher = new PiiCipher(new PiiProperties(
            "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
            "AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgI=",
            "AwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwM="));
    private final BusinessClock clock = new BusinessClock();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final java.util.List<AuditEntry> audited = new java.util.ArrayList<>();
    private final InMemoryNameLocks names = new InMemoryNameLocks();
    private final StaffLogin login = new StaffLogin(
            accounts,
            new TotpVerifier(),
            cipher,
            clock,
            entry -> {
                audited.add(entry);
                return audited.size();
            },
            names,
            id -> false);

    @Test
    void everyLoginOutcomeIsAudited() {
        accounts.add(account("jd", true));
        login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE);
        assertKind(
                () -> login.logIn(new StaffCredentials("nobody", PASSWORD, "000000"), OFFICE),
                ProblemKind.UNAUTHENTICATED);
        assertThat(audited)
                .extracting(AuditEntry::action, AuditEntry::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditActions.LOGIN, AuditOutcome.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple(AuditActions.LOGIN_FAILED, AuditOutcome.FAILURE));
        assertThat(audited.get(1).actorAccountId()).isEqualTo("nobody");
        assertThat(audited).allSatisfy(e -> assertThat(e.purpose()).doesNotContain(PASSWORD));
    }

    @Test
    void returnsTheIdentityWithTheDepartmentKind() {
        accounts.add(account("jd", true));
        StaffIdentity identity = login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE);
        assertThat(identity.roles()).containsExactly("STREET_REVIEWER");
        assertThat(identity.departmentKind()).isEqualTo("CIVIL_AFFAIRS");
        assertThat(identity.regionCode()).isEqualTo("500103001");
    }

    @Test
    void rejectsAReplayedCode() {
        accounts.add(account("jd", true));
        String code = currentCode();
        login.logIn(new StaffCredentials("jd", PASSWORD, code), OFFICE);
        assertKind(() -> login.logIn(new StaffCredentials("jd", PASSWORD, code), OFFICE), ProblemKind.UNAUTHENTICATED);
    }

    @Test
    void unknownUserAndDisabledAccountFailLikeAWrongPassword() {
        accounts.add(account("off", false));
        assertKind(
                () -> login.logIn(new StaffCredentials("nobody", PASSWORD, currentCode()), OFFICE),
                ProblemKind.UNAUTHENTICATED);
        assertKind(
                () -> login.logIn(new StaffCredentials("off", PASSWORD, currentCode()), OFFICE),
                ProblemKind.UNAUTHENTICATED);
    }

    @Test
    void fiveFailuresLockEvenTheRightPasswordUntilFifteenMinutesPass() {
        accounts.add(account("jd", true));
        for (int i = 1; i < StaffLogin.MAX_FAILURES; i++) {
            assertKind(
                    () -> login.logIn(new StaffCredentials("jd", "wrong", currentCode()), OFFICE),
                    ProblemKind.UNAUTHENTICATED);
        }
        assertKind(() -> login.logIn(new StaffCredentials("jd", "wrong", currentCode()), OFFICE), ProblemKind.LOCKED);
        assertThatThrownBy(() -> login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE))
                .isInstanceOfSatisfying(AccountLockedException.class, e -> assertThat(e.retryAfterSeconds())
                        .isBetween(1L, 900L));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE)
                        .accountId())
                .isEqualTo(1L);
    }

    /**
     * Security review L1: a name that matches no account, a disabled account and a wrong password give the
     * same answers in the same order (401 four times, then 423 with the same wait), so the 423 no longer
     * tells that an account exists. Before the fix an unknown name answered 401 for ever.
     */
    @Test
    void anUnknownNameAndADisabledAccountLockExactlyLikeAWrongPassword() {
        accounts.add(account("jd", true));
        accounts.add(new StaffAccount(
                2L,
                "off",
                HASH,
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, "off", SECRET),
                "STREET_REVIEWER",
                null,
                "500103001",
                null,
                false,
                0,
                null,
                null));
        for (String name : java.util.List.of("jd", "nobody", "off")) {
            java.util.List<String> answers = new java.util.ArrayList<>();
            for (int i = 0; i < StaffLogin.MAX_FAILURES + 1; i++) {
                answers.add(answer(() -> login.logIn(new StaffCredentials(name, "wrong", currentCode()), OFFICE)));
            }
            // the right password does not get through a lock either
            answers.add(answer(() -> login.logIn(new StaffCredentials(name, PASSWORD, currentCode()), OFFICE)));
            assertThat(answers)
                    .as(name)
                    .containsExactly(
                            "UNAUTHENTICATED",
                            "UNAUTHENTICATED",
                            "UNAUTHENTICATED",
                            "UNAUTHENTICATED",
                            "LOCKED 15 min",
                            "LOCKED 15 min",
                            "LOCKED 15 min");
        }
        // one row per name at the office and one for the office: blind indexes, never a name or an address
        assertThat(names.byHash).hasSize(4);
        assertThat(names.byHash.keySet()).allSatisfy(hash -> assertThat(hash)
                .doesNotContain("nobody")
                .doesNotContain("jd")
                .doesNotContain(OFFICE));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(answer(() -> login.logIn(new StaffCredentials("nobody", "wrong", currentCode()), OFFICE)))
                .isEqualTo("UNAUTHENTICATED");
    }

    /**
     * Security review L1: five bad tries from a stranger's address lock the name there only; the owner still
     * logs in from the office, and the stranger stays locked out even with the right password.
     */
    @Test
    void aNameLockedFromOneAddressStillLogsInFromAnother() {
        accounts.add(account("admin", true));
        for (int i = 1; i < StaffLogin.MAX_FAILURES; i++) {
            assertKind(
                    () -> login.logIn(new StaffCredentials("admin", "guess" + 0, currentCode()), ELSEWHERE),
                    ProblemKind.UNAUTHENTICATED);
        }
        assertKind(
                () -> login.logIn(new StaffCredentials("admin", "guess", currentCode()), ELSEWHERE),
                ProblemKind.LOCKED);

        assertThat(login.logIn(new StaffCredentials("admin", PASSWORD, currentCode()), OFFICE)
                        .accountId())
                .isEqualTo(1L);
        assertThat(answer(() -> login.logIn(new StaffCredentials("admin", PASSWORD, currentCode()), ELSEWHERE)))
                .isEqualTo("LOCKED 15 min");
        assertThat(audited)
                .filteredOn(e -> AuditActions.ACCOUNT_LOCKED.equals(e.action()))
                .isNotEmpty();
    }

    /** One address trying many names (password spraying) is locked for every name, a name it never tried too. */
    @Test
    void anAddressSprayingNamesIsLockedForEveryName() {
        accounts.add(account("jd", true));
        java.util.List<String> answers = new java.util.ArrayList<>();
        for (int i = 0; i < StaffLogin.ADDRESS_MAX_FAILURES; i++) {
            String name = "user" + i;
            answers.add(answer(() -> login.logIn(new StaffCredentials(name, "guess", currentCode()), ELSEWHERE)));
        }
        assertThat(answers.subList(0, StaffLogin.ADDRESS_MAX_FAILURES - 1)).containsOnly("UNAUTHENTICATED");
        assertThat(answers.get(StaffLogin.ADDRESS_MAX_FAILURES - 1)).isEqualTo("LOCKED 15 min");
        assertThat(answer(() -> login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), ELSEWHERE)))
                .isEqualTo("LOCKED 15 min");
        assertThat(login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE)
                        .accountId())
                .isEqualTo(1L);
    }

    private static String answer(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
            return "OK";
        } catch (AccountLockedException e) {
            return "LOCKED " + Math.round(e.retryAfterSeconds() / 60.0) + " min";
        } catch (DomainException e) {
            return e.kind().name();
        } catch (Throwable e) {
            return e.toString();
        }
    }

    /** A password older than the policy's maximum age: right credentials are refused until it is changed. */
    @Test
    void anExpiredPasswordIsRefusedWithItsOwnTypeButNotCountedAsAFailure() {
        StaffLogin expiring =
                new StaffLogin(accounts, new TotpVerifier(), cipher, clock, entry -> 1L, names, id -> true);
        accounts.add(account("jd", true));
        assertThatThrownBy(() -> expiring.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
                    assertThat(e.typeSlug()).isEqualTo("password-expired");
                });
        assertThat(accounts.byName.get("jd").failedAttempts()).isZero();
        assertThat(expiring.logInToChangePassword(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE)
                        .accountId())
                .isEqualTo(1L);
    }

    @Test
    void successResetsTheFailureCount() {
        accounts.add(account("jd", true));
        assertKind(
                () -> login.logIn(new StaffCredentials("jd", "wrong", currentCode()), OFFICE),
                ProblemKind.UNAUTHENTICATED);
        login.logIn(new StaffCredentials("jd", PASSWORD, currentCode()), OFFICE);
        assertThat(accounts.byName.get("jd").failedAttempts()).isZero();
    }

    private static String currentCode() {
        return TotpVerifier.codeAt(SECRET, Instant.now());
    }

    private StaffAccount account(String username, boolean enabled) {
        return new StaffAccount(
                1L,
                username,
                HASH,
                cipher.encrypt(cq.assist.core.pii.PiiField.STAFF_TOTP_SECRET, username, SECRET),
                "STREET_REVIEWER",
                "CIVIL_AFFAIRS@500103001",
                "500103001",
                null,
                enabled,
                0,
                null,
                null);
    }

    private static void assertKind(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ProblemKind kind) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind())
                .isEqualTo(kind));
    }

    /** A stand-in for the name-lock mapper: one map by name hash. */
    private static final class InMemoryNameLocks implements LoginNameLockMapper {

        final Map<String, NameLock> byHash = new HashMap<>();

        @Override
        public Optional<NameLock> selectForUpdate(String nameHash) {
            return Optional.ofNullable(byHash.get(nameHash));
        }

        @Override
        public int insertIfAbsent(String nameHash, Instant at) {
            return byHash.putIfAbsent(nameHash, new NameLock(nameHash, 0, null, at)) == null ? 1 : 0;
        }

        @Override
        public int update(NameLock lock) {
            byHash.put(lock.nameHash(), lock);
            return 1;
        }

        @Override
        public int deleteIdleBefore(Instant before) {
            return 0;
        }
    }

    /** A stand-in for the mapper: one map of accounts by username. */
    private static final class InMemoryAccounts implements StaffAccountMapper {

        final Map<String, StaffAccount> byName = new HashMap<>();

        void add(StaffAccount account) {
            byName.put(account.username(), account);
        }

        @Override
        public Optional<StaffAccount> selectByUsernameForUpdate(String username) {
            return Optional.ofNullable(byName.get(username));
        }

        @Override
        public String selectDepartmentKind(String departmentCode) {
            return departmentCode.substring(0, departmentCode.indexOf('@'));
        }

        @Override
        public int updateLoginFailure(LoginFailure failure) {
            byName.replaceAll((name, a) -> a.id() != failure.id()
                    ? a
                    : new StaffAccount(
                            a.id(),
                            a.username(),
                            a.passwordHash(),
                            a.totpSecretEnc(),
                            a.roles(),
                            a.departmentCode(),
                            a.regionCode(),
                            a.charityOrgCode(),
                            a.enabled(),
                            failure.failedAttempts(),
                            failure.lockedUntil(),
                            a.lastTotpStep()));
            return 1;
        }

        @Override
        public int updateLoginSuccess(LoginSuccess success) {
            byName.replaceAll((name, a) -> a.id() != success.id()
                    ? a
                    : new StaffAccount(
                            a.id(),
                            a.username(),
                            a.passwordHash(),
                            a.totpSecretEnc(),
                            a.roles(),
                            a.departmentCode(),
                            a.regionCode(),
                            a.charityOrgCode(),
                            a.enabled(),
                            0,
                            null,
                            success.totpStep()));
            return 1;
        }
    }
}
