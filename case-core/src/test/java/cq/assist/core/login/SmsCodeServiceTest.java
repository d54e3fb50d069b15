package cq.assist.core.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiProperties;
import cq.assist.core.time.BusinessClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class SmsCodeServiceTest {

    private static final String PHONE = "13800138000";
    private static final int ADDRESS_DAILY_FAILURES = 25;
    private static final String KEY = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=";

    private final InMemorySmsCodeMapper mapper = new InMemorySmsCodeMapper();
    private final List<String[]> sent = new ArrayList<>();
    private final BusinessClock clock =
            new BusinessClock(Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
    private final PiiCipher cipher = new PiiCipher(new PiiProperties(KEY, KEY, KEY));
    private final SmsCodeService service = new SmsCodeService(
            mapper,
            new PhoneLockRows(mapper),
            (phone, text, code, applicantKey, kind) -> sent.add(new String[] {phone, text, code}),
            cipher,
            clock,
            messages(),
            5,
            3,
            ADDRESS_DAILY_FAILURES);

    private static StaticMessageSource messages() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("sms.login-code", Locale.SIMPLIFIED_CHINESE, "验证码 {0}");
        source.addMessage("sms.cosign-code", Locale.SIMPLIFIED_CHINESE, "签署验证码 {0}");
        return source;
    }

    private String sendAndRead(String phone) {
        service.send(phone, "10.0.0.1");
        return sent.get(sent.size() - 1)[2];
    }

    @Test
    void sendsSixDigitCodeInTheTextAndStoresOnlyAHash() {
        String code = sendAndRead(PHONE);

        assertThat(code).matches("\\d{6}");
        assertThat(sent.get(0)[1]).isEqualTo("验证码 " + code);
        assertThat(mapper.rows.get(0).data.codeHash()).doesNotContain(code).hasSize(64);
        assertThat(mapper.rows.get(0).data.phoneHash()).isNotEqualTo(PHONE);
        assertThat(mapper.rows.get(0).data.expiresAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(5)));
    }

    @Test
    void generatesCodesThatVary() {
        assertThat(java.util.stream.IntStream.range(0, 20).mapToObj(i -> service.newCode()))
                .allMatch(c -> c.matches("\\d{6}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void consumesACodeExactlyOnce() {
        String code = sendAndRead(PHONE);
        assertThat(service.consume(PHONE, code)).isTrue();
        assertThat(service.consume(PHONE, code)).isFalse();
    }

    @Test
    void refusesCodeAfterFiveMinutes() {
        String code = sendAndRead(PHONE);
        clock.advance(Duration.ofMinutes(5));
        assertThat(service.consume(PHONE, code)).isFalse();
    }

    @Test
    void refusesCodeForAnotherPhoneAndMalformedCodes() {
        String code = sendAndRead(PHONE);
        assertThat(service.consume("13800138001", code)).isFalse();
        assertThat(service.consume(PHONE, "12345")).isFalse();
        assertThat(service.consume(PHONE, null)).isFalse();
        assertThat(service.consume(PHONE, code)).isTrue();
    }

    @Test
    void invalidatesOutstandingCodesAfterFiveWrongGuesses() {
        String code = sendAndRead(PHONE);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(service.consume(PHONE, wrong)).isFalse();
        }
        assertThat(mapper.rows.get(0).usedAt).isNull();
        assertThat(service.consume(PHONE, wrong)).isFalse();
        assertThat(service.consume(PHONE, code)).isFalse();
    }

    @Test
    void refusesSixthCodePerPhoneWithRetryAfterUntilOldestLeaves() {
        for (int i = 0; i < 5; i++) {
            service.send(PHONE, null);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThatThrownBy(() -> service.send(PHONE, null)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
            assertThat(e.retryAfterSeconds()).isEqualTo(5 * 60L);
        });
        clock.advance(Duration.ofMinutes(5));
        service.send(PHONE, null);
        assertThat(sent).hasSize(6);
    }

    @Test
    void limitsCodesPerAddressAcrossPhones() {
        service.send("13800000001", "10.0.0.9");
        service.send("13800000002", "10.0.0.9");
        service.send("13800000003", "10.0.0.9");
        assertThatThrownBy(() -> service.send("13800000004", "10.0.0.9"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.retryAfterSeconds())
                        .isEqualTo(600L));
        service.send("13800000004", "10.0.0.10");
        assertThat(sent).hasSize(4);
    }

    @Test
    void wrongCodesAreCappedAcrossCodesSoFreshCodesDoNotResetTheBudget() {
        for (int round = 0; round < 2; round++) {
            for (int guess = 0; guess < 5; guess++) {
                service.send(PHONE, null);
                assertThat(service.consume(PHONE, String.format("%06d", round * 10 + guess)))
                        .isFalse();
            }
            clock.advance(Duration.ofMinutes(11));
        }

        assertThatThrownBy(() -> service.send(PHONE, null)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemKind.TOO_MANY_REQUESTS);
            assertThat(e.messageKey()).isEqualTo("sms.phone-locked");
        });
        clock.advance(Duration.ofHours(24));
        service.send(PHONE, null);
        assertThat(service.consume(PHONE, sent.get(sent.size() - 1)[2])).isTrue();
    }

    @Test
    void aPhoneLockedFromAnAddressRefusesEvenTheRightCodeThere() {
        String code = sendAndRead(PHONE);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < SmsCodeService.MAX_DAILY_FAILURES; i++) {
            service.consume(PHONE, wrong);
        }
        clock.advance(Duration.ofMinutes(11));
        assertThat(mapper.selectPhoneLockForUpdate(cipher.blindIndex(PHONE)).lockedUntil())
                .isEqualTo(clock.now().minus(Duration.ofMinutes(11)).plus(Duration.ofHours(24)));
        assertThatThrownBy(() -> service.send(PHONE, null)).isInstanceOf(DomainException.class);
    }

    @Test
    void aCodeSignsOnlyForItsPurpose() {
        String login = sendAndRead(PHONE);
        assertThat(service.consume(PHONE, login, SmsCodes.coSigning("token-a"))).isFalse();
        assertThat(service.consume(PHONE, login)).isTrue();

        service.send(PHONE, null, SmsCodes.coSigning("token-a"), "applicant");
        String coSign = sent.get(sent.size() - 1)[2];
        assertThat(service.consume(PHONE, coSign)).as("not a login code").isFalse();
        assertThat(service.consume(PHONE, coSign, SmsCodes.coSigning("token-b")))
                .as("another link")
                .isFalse();
        assertThat(service.consume(PHONE, coSign, SmsCodes.coSigning("token-a")))
                .isTrue();
    }

    /** Security review M3 with L1's kind: ten wrong codes from a stranger's address must not lock the owner out. */
    @Test
    void aStrangersWrongCodesLockOnlyTheStrangersAddressNotTheOwner() {
        for (int i = 0; i < SmsCodeService.MAX_DAILY_FAILURES; i++) {
            assertThat(service.consume(PHONE, String.format("%06d", i), SmsCodes.LOGIN, "10.0.0.66"))
                    .isFalse();
        }
        assertThatThrownBy(() -> service.send(PHONE, "10.0.0.66"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("sms.phone-locked"));

        String code = sendAndRead(PHONE); // the owner asks from 10.0.0.1
        assertThat(service.consume(PHONE, code, SmsCodes.LOGIN, "10.0.0.1")).isTrue();
    }

    /** Guessing spread over addresses guards the phone: a code then works only where it was asked for. */
    @Test
    void aGuardedPhoneTakesACodeOnlyFromTheAddressThatAskedForIt() {
        for (int i = 0; i < SmsCodeService.MAX_DAILY_FAILURES; i++) {
            service.consume(PHONE, String.format("%06d", i), SmsCodes.LOGIN, "10.0.1." + i);
        }
        String code = sendAndRead(PHONE); // asked from 10.0.0.1

        assertThat(service.consume(PHONE, code, SmsCodes.LOGIN, "10.0.0.2"))
                .as("the right code from another address")
                .isFalse();
        assertThat(service.consume(PHONE, code, SmsCodes.LOGIN, null))
                .as("the right code from an unknown address")
                .isFalse();
        assertThat(service.consume(PHONE, code, SmsCodes.LOGIN, "10.0.0.1")).isTrue();

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        service.send(PHONE, "10.0.0.1");
        assertThat(service.consume(PHONE, sent.get(sent.size() - 1)[2], SmsCodes.LOGIN, "10.0.0.2"))
                .as("the guard ends after 24 hours")
                .isTrue();
    }

    /** An address spraying wrong codes over many phones is locked for every phone; a success does not reset it. */
    @Test
    void anAddressSprayingPhonesIsLockedForEveryPhone() {
        String own = "13800138999";
        for (int i = 0; i < ADDRESS_DAILY_FAILURES; i++) {
            if (i == ADDRESS_DAILY_FAILURES / 2) {
                service.send(own, "10.0.0.9");
                assertThat(service.consume(own, sent.get(sent.size() - 1)[2], SmsCodes.LOGIN, "10.0.0.9"))
                        .isTrue();
            }
            service.consume(String.format("139%08d", i), "000000", SmsCodes.LOGIN, "10.0.0.9");
        }

        assertThatThrownBy(() -> service.send("13700000001", "10.0.0.9"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("sms.phone-locked"));
        service.send("13700000001", "10.0.0.8");
        String code = sent.get(sent.size() - 1)[2];
        assertThat(service.consume("13700000001", code, SmsCodes.LOGIN, "10.0.0.9"))
                .as("refused from the locked address")
                .isFalse();
        assertThat(service.consume("13700000001", code, SmsCodes.LOGIN, "10.0.0.8"))
                .isTrue();
    }

    /** The owner's own typos: a success clears the run at that address, so nine and nine never lock. */
    @Test
    void aSuccessClearsThePhonesRunAtThatAddress() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SmsCodeService.MAX_DAILY_FAILURES - 1; i++) {
                service.consume(PHONE, "000000", SmsCodes.LOGIN, "10.0.0.1");
            }
            String code = sendAndRead(PHONE);
            assertThat(service.consume(PHONE, code, SmsCodes.LOGIN, "10.0.0.1")).isTrue();
        }
    }
}
