package cq.assist.core.intake;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.login.ActiveWorkers;
import cq.assist.core.login.MobileAccounts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees an application: the resident who filed it, the applicant once real-name bound, the proxy worker
 * while it serves that community; everyone else gets 404. Names are masked, pending co-signers listed.
 */
class ReadingApplicationsTest {

    private final ApplicationMapper applications = mock(ApplicationMapper.class);
    private final AuthorizationPort authorizations = mock(AuthorizationPort.class);
    private final MobileAccounts accounts = mock(MobileAccounts.class);
    private final ActiveWorkers workers = mock(ActiveWorkers.class);
    private final cq.assist.core.pii.PiiCipher cipher = CaseFixtures.cipher();
    private final ReadingApplications reading =
            new ReadingApplications(applications, authorizations, accounts, workers, cipher);

    /** The ID number the proxy filing names as applicant, another person's, and the resident of app-1's. */
    private static final String APPLICANT = "500103198001011234";

    private static final String STRANGER = "500103197503035678";
    private static final String FILER = "500103199004045671";

    private final ApplicationRow own = CaseFixtures.application("app-1", "YJ1");
    private final ApplicationRow byProxy = new ApplicationRow(
            "app-2",
            "YJ2",
            "AWAITING_AUTHORIZATION",
            "PROXY",
            "w-1",
            CaseFixtures.COMMUNITY,
            "张三丰",
            null,
            cipher.blindIndex(APPLICANT),
            null,
            "p",
            CaseFixtures.COMMUNITY,
            null,
            false,
            null,
            null,
            null,
            null,
            NOW,
            null,
            null,
            "w-1",
            null);

    @BeforeEach
    void rows() {
        when(applications.selectById("app-1")).thenReturn(own);
        when(applications.selectById("app-2")).thenReturn(byProxy);
        when(applications.selectMembers("app-2"))
                .thenReturn(List.of(new MemberRow(
                        "app-2", 2, "李四", null, "M2", "SPOUSE", null, null, null, null, false, "EMPLOYED", true)));
    }

    private MobileAccounts.RealName boundTo(String idNumber) {
        return new MobileAccounts.RealName("张三丰", idNumber, cipher.blindIndex(idNumber), "TEST", "ref", NOW);
    }

    @Test
    void theResidentWhoFiledReadsItWithTheNameMasked() {
        ApplicationDetails details = reading.read(Filer.resident("acc-1"), "app-1");

        assertThat(details.applicationNo()).isEqualTo("YJ1");
        assertThat(details.pendingAuthorizations()).isEmpty();
        assertThatThrownBy(() -> reading.read(Filer.resident("acc-9"), "app-1"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }

    @Test
    void theApplicantBoundByRealNameSeesWhatAWorkerFiledForHerWithPendingCoSigners() {
        when(accounts.realNameOf("acc-7")).thenReturn(Optional.of(boundTo(APPLICANT)));
        when(authorizations.pending("app-2"))
                .thenReturn(List.of(new AuthorizationPort.PendingCoSigner(2, "https://a/t", "https://a/q.png", NOW)));

        ApplicationDetails details = reading.read(Filer.resident("acc-7"), "app-2");

        assertThat(details.pendingAuthorizations())
                .containsExactly(new ApplicationDetails.Pending("李*", "https://a/t", "https://a/q.png", NOW));
        when(accounts.realNameOf("acc-8")).thenReturn(Optional.of(boundTo(STRANGER)));
        assertThat(reading.visibleTo(Filer.resident("acc-8"), byProxy)).isFalse();
    }

    @Test
    void theProxyWorkerSeesItOnlyWhileServingTheCommunity() {
        Filer worker = Filer.worker("w-1", CaseFixtures.COMMUNITY);
        when(workers.serves("w-1", CaseFixtures.COMMUNITY)).thenReturn(true, false);

        assertThat(reading.visibleTo(worker, byProxy)).isTrue();
        assertThat(reading.visibleTo(worker, byProxy)).isFalse();
        assertThat(reading.visibleTo(Filer.worker("w-2", CaseFixtures.COMMUNITY), byProxy))
                .isFalse();
        assertThat(reading.visibleTo(worker, own)).isFalse();
    }

    @Test
    void aWorkerWithoutACommunityListsNothingAndAPageTooFarIsNamed() {
        assertThat(reading.list(Filer.worker("w-1", CaseFixtures.COMMUNITY), 0, 20))
                .isEmpty();
        verify(applications, never()).selectVisible(any());

        for (int page : new int[] {-1, cq.assist.core.common.Paging.MAX_PAGE + 1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> reading.list(Filer.resident("acc-1"), page, 20))
                    .as("page %d", page)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("page"));
        }
        for (int size : new int[] {0, ReadingApplications.MAX_PAGE_SIZE + 1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> reading.list(Filer.resident("acc-1"), 0, size))
                    .as("size %d", size)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("size"));
        }
    }

    @Test
    void aResidentsListAsksForHerAccountAndHerBoundIdentityOnePageAtATime() {
        when(accounts.realNameOf("acc-1")).thenReturn(Optional.of(boundTo(FILER)));
        when(applications.selectVisible(any())).thenReturn(List.of(own));

        assertThat(reading.list(Filer.resident("acc-1"), 2, 100)).hasSize(1);

        verify(applications)
                .selectVisible(new VisibleQuery("acc-1", List.of(cipher.blindIndex(FILER)), null, false, 200, 100));
    }
}
