package cq.assist.core.authorization;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.check.TestIdNumbers;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.identity.PhonesOnFile;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.ApplicationProcessPort;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.intake.Timeline;
import cq.assist.core.login.SmsCodes;
import cq.assist.core.pii.PiiCipher;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * A household member co-signs remotely: proves to be that member with the registry's phone on file, and
 * the last signature moves the application on; every mismatch counts against the link.
 */
class CoSigningTest {

    private static final String TOKEN = "raw-token";
    private static final String PHONE = "13800001111";
    private static final LetterRow LETTER = new LetterRow("2026-01", "授权书正文", "sha");

    private final PiiCipher cipher = CaseFixtures.cipher();
    private final String idNumber = TestIdNumbers.adult();
    private final MemberRow spouse = new MemberRow(
            "app-1",
            2,
            "王芳",
            null,
            cipher.blindIndex(idNumber),
            "SPOUSE",
            null,
            null,
            null,
            null,
            false,
            "EMPLOYED",
            true);
    private final OpenToken open = new OpenToken(
            new TokenRow("token-hash", null, "app-1", 2, "2026-01", NOW.plus(Duration.ofDays(7)), null, null),
            CaseFixtures.application("app-1", "YJ20261130000001"),
            spouse);

    private final OpenTokens openTokens = mock(OpenTokens.class);
    private final AuthorizationTokenMapper tokens = mock(AuthorizationTokenMapper.class);
    private final AuthorizationLetterMapper letters = mock(AuthorizationLetterMapper.class);
    private final AuthorizationRecords records = mock(AuthorizationRecords.class);
    private final SmsCodes smsCodes = mock(SmsCodes.class);
    private final PhonesOnFile phones = mock(PhonesOnFile.class);
    private final TokenFailures failures = mock(TokenFailures.class);
    private final Timeline timeline = mock(Timeline.class);
    private final ApplicationProcessPort process = mock(ApplicationProcessPort.class);
    private final CoSigning coSigning = new CoSigning(
            openTokens,
            tokens,
            letters,
            records,
            smsCodes,
            phones,
            failures,
            cipher,
            timeline,
            process,
            CaseFixtures.clock());

    @BeforeEach
    void anOpenLinkForTheSpouse() {
        when(openTokens.find(anyString(), any(Boolean.class))).thenReturn(open);
        when(letters.selectByVersion("2026-01")).thenReturn(LETTER);
        when(phones.lookUpMember(eq(spouse.applicationId()), eq(spouse.seq()), any(), any()))
                .thenReturn(Optional.of(new PhonesOnFile.OnFile(spouse.name(), PHONE)));
        when(smsCodes.consume(PHONE, "123456", SmsCodes.coSigning("token-hash"), null))
                .thenReturn(true);
        when(tokens.updateUsed(any())).thenReturn(1);
    }

    private CoSignature signature(String name, String id, String code) {
        return new CoSignature(name, id, code, ApplicationForms.signaturePng());
    }

    @Test
    void theViewShowsTheLetterAndMasksBothNames() {
        CoSigningView view = coSigning.view(TOKEN);

        assertThat(view.applicationNo()).isEqualTo("YJ20261130000001");
        assertThat(view.memberName()).isEqualTo("王*");
        assertThat(view.memberRelation())
                .as("tells two masked names of one surname apart")
                .isNotBlank();
        assertThat(view.guardianRequired()).isFalse();
        assertThat(view.letterText()).isEqualTo("授权书正文");
        assertThat(view.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void theCodeGoesToTheRegistrysPhoneNeverToOneTheFilerGave() {
        assertThat(coSigning.sendCode(TOKEN, "10.0.0.1")).isNotEqualTo(PHONE).endsWith("1111");

        verify(smsCodes).send(PHONE, "10.0.0.1", SmsCodes.coSigning("token-hash"), "H1");
    }

    @Test
    void aMemberWithNoPhoneOnFileMustSignInPerson() {
        when(phones.lookUpMember(eq(spouse.applicationId()), eq(spouse.seq()), any(), any()))
                .thenReturn(Optional.empty());

        assertThatThrownBy(() -> coSigning.sendCode(TOKEN, null)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
            assertThat(e.typeSlug()).isEqualTo("no-phone-on-file");
        });
    }

    @Test
    void aMinorNephewWithAPhoneOnFileGetsNoCodeAndCannotSignHimself() {
        // 15 on the business date (CaseFixtures.clock(): 2026-11-30), a phone on file of his own
        MemberRow nephew = new MemberRow(
                "app-1",
                3,
                "李小强",
                null,
                cipher.blindIndex(idNumber),
                "OTHER",
                null,
                null,
                java.time.LocalDate.of(2011, 6, 1),
                null,
                true,
                "STUDENT",
                true);
        when(openTokens.find(anyString(), any(Boolean.class)))
                .thenReturn(new OpenToken(open.token(), open.application(), nephew));
        when(phones.lookUpMember(eq("app-1"), eq(3), any(), any()))
                .thenReturn(Optional.of(new PhonesOnFile.OnFile(nephew.name(), PHONE)));
        assertThat(coSigning.view(TOKEN).guardianRequired())
                .as("the page can say so before the member tries")
                .isTrue();
        assertThat(coSigning.view(TOKEN).memberRelation()).isEqualTo("OTHER");

        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call :
                List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                        () -> coSigning.sendCode(TOKEN, "10.0.0.1"),
                        () -> coSigning.sign(TOKEN, signature(nephew.name(), idNumber, "123456"), "10.0.0.1"))) {
            assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                assertThat(e.typeSlug()).isEqualTo("guardian-required");
                assertThat(e.messageKey()).isEqualTo("authorization.guardian.required");
            });
        }
        verify(smsCodes, never()).send(anyString(), any(), anyString(), any());
        verify(smsCodes, never()).consume(anyString(), anyString(), anyString(), any());
        verify(records, never()).record(any());
        verify(failures, never()).count(anyString());
    }

    @Test
    void aMemberWhoTurnedEighteenOnTheBusinessDateSignsRemotely() {
        MemberRow justAdult = new MemberRow(
                "app-1",
                2,
                "王芳",
                null,
                cipher.blindIndex(idNumber),
                "OTHER",
                null,
                null,
                java.time.LocalDate.of(2008, 11, 30),
                null,
                false,
                "EMPLOYED",
                true);
        when(openTokens.find(anyString(), any(Boolean.class)))
                .thenReturn(new OpenToken(open.token(), open.application(), justAdult));
        when(tokens.selectOpen("app-1")).thenReturn(List.of());

        coSigning.sign(TOKEN, signature("王芳", idNumber, "123456"));

        verify(records).record(any());
    }

    @Test
    void theLastSignatureSealsTheRecordSpendsTheLinkAndMovesTheApplicationOn() {
        when(tokens.selectOpen("app-1")).thenReturn(List.of());

        coSigning.sign(TOKEN, signature(" 王芳 ", idNumber.toLowerCase(), "123456"));

        ArgumentCaptor<NewSignature> sealed = ArgumentCaptor.forClass(NewSignature.class);
        verify(records).record(sealed.capture());
        assertThat(sealed.getValue().memberSeq()).isEqualTo(2);
        assertThat(sealed.getValue().identityMethod()).isEqualTo(IdentityMethod.PHONE_ON_FILE_SMS);
        assertThat(sealed.getValue().channel()).isEqualTo(Channel.REMOTE_LINK);
        assertThat(sealed.getValue().signedAt()).isEqualTo(NOW);
        assertThat(sealed.getValue().evidence()).contains("link=token-hash").doesNotContain(PHONE);
        verify(tokens).updateUsed(new TokenUse("token-hash", NOW));
        verify(timeline).record("app-1", "CO_SIGNED", Timeline.Actor.MEMBER, "王*");
        verify(process).authorizationsComplete("app-1");
    }

    @Test
    void anotherCoSignerStillOutKeepsTheApplicationWaiting() {
        when(tokens.selectOpen("app-1")).thenReturn(List.of(open.token()));

        coSigning.sign(TOKEN, signature("王芳", idNumber, "123456"));

        verify(process, never()).authorizationsComplete(anyString());
    }

    @Test
    void theFullNameIsNotNeededTheIdNumberAndTheCodeProveTheMember() {
        when(tokens.selectOpen("app-1")).thenReturn(List.of());

        coSigning.sign(TOKEN, signature(null, idNumber, "123456"));
        verify(records).record(any());

        org.mockito.Mockito.clearInvocations(records);
        when(tokens.updateUsed(any())).thenReturn(1);
        coSigning.sign(TOKEN, signature("  ", idNumber, "123456"));
        verify(records).record(any());
    }

    @Test
    void withoutANameAWrongIdNumberIsStillForbidden() {
        String other = TestIdNumbers.adult();
        assertThatThrownBy(() -> coSigning.sign(TOKEN, signature(null, other, "123456")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        verify(records, never()).record(any());
    }

    @Test
    void aWrongNameOrCodeIsForbiddenAndCountedAgainstTheLink() {
        for (CoSignature wrong : List.of(signature("王小芳", idNumber, "123456"), signature("王芳", idNumber, "000000"))) {
            assertThatThrownBy(() -> coSigning.sign(TOKEN, wrong)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN);
                assertThat(e.messageKey()).isEqualTo("authorization.identity.mismatch");
            });
        }
        verify(failures, org.mockito.Mockito.times(2)).count("token-hash");
        verify(records, never()).record(any());
    }

    @Test
    void aLinkSpentMeanwhileIsGone() {
        when(tokens.updateUsed(any())).thenReturn(0);

        assertThatThrownBy(() -> coSigning.sign(TOKEN, signature("王芳", idNumber, "123456")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.GONE));
        verify(process, never()).authorizationsComplete(anyString());
    }

    @Test
    void aSignatureThatIsNoPngIsInvalid() {
        assertThatThrownBy(() -> coSigning.sign(TOKEN, new CoSignature("王芳", idNumber, "123456", "bm90IGEgcG5n")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("signature"));
        verify(smsCodes, never()).consume(anyString(), anyString(), anyString(), any());
    }
}
