package cq.assist.core.monitoring;

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
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Monitoring alerts as staff and workers see them: scoped by region, ended exactly once, notes encrypted. */
class MonitoringAlertsTest {

    private final MonitoringAlertMapper mapper = mock(MonitoringAlertMapper.class);
    private final PiiCipher cipher = CaseFixtures.cipher();
    private final MonitoringAlerts alerts = new MonitoringAlerts(mapper, cipher, CaseFixtures.clock());

    private AlertView alert(String id, String status, byte[] addressEnc) {
        return new AlertView(
                id,
                "run-1",
                "H1",
                "app-1",
                "YJ20261130000001",
                CaseFixtures.COMMUNITY,
                "NO_LONGER_ELIGIBLE",
                "[\"DIBAO\"]",
                "[]",
                status,
                NOW,
                null,
                null,
                null,
                "卢小明",
                addressEnc);
    }

    @Test
    void aPageIsScopedToTheCallersRegionAndARegionOutsideItIsForbidden() {
        when(mapper.count(any())).thenReturn(3L);

        assertThat(alerts.page(null, "AMOUNT_CHANGED", "OPEN", 1, 10, "500103").total())
                .isEqualTo(3);
        verify(mapper).selectPage(new AlertQuery("500103%", "AMOUNT_CHANGED", "OPEN", 10, 10));

        alerts.page("500103001", null, null, 0, 10, "500103");
        verify(mapper).selectPage(new AlertQuery("500103001%", null, null, 0, 10));

        alerts.page(ScreeningRuns.CITY, null, null, 0, 10, null);
        verify(mapper).selectPage(new AlertQuery(null, null, null, 0, 10));

        assertThatThrownBy(() -> alerts.page("500104", null, null, 0, 10, "500103"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void anUnknownKindStatusRegionOrPageSizeIsNamed() {
        assertThat(fieldOf(() -> alerts.page(null, "SOMETHING", null, 0, 10, null)))
                .isEqualTo("kind");
        assertThat(fieldOf(() -> alerts.page(null, null, "CLOSED", 0, 10, null)))
                .isEqualTo("status");
        assertThat(fieldOf(() -> alerts.page("5001", null, null, 0, 10, null))).isEqualTo("regionCode");
        assertThat(fieldOf(() -> alerts.page(null, null, null, -1, 10, null))).isEqualTo("page");
        assertThat(fieldOf(() -> alerts.page(null, null, null, 0, MonitoringAlerts.MAX_PAGE + 1, null)))
                .isEqualTo("size");
    }

    @Test
    void pageAndSizeExtremesAreNamedNeverAWrappedOffset() {
        for (int page : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 100_001}) {
            assertThat(fieldOf(() -> alerts.page(null, null, null, page, 100, null)))
                    .as("page %d", page)
                    .isEqualTo("page");
        }
        for (int size : new int[] {0, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(fieldOf(() -> alerts.page(null, null, null, 0, size, null)))
                    .as("size %d", size)
                    .isEqualTo("size");
        }
        alerts.page(null, null, null, 100_000, 100, null);
        verify(mapper).selectPage(new AlertQuery(null, null, null, 10_000_000L, 100));
    }

    @Test
    void aShortOrOddRegionClaimSeesNoAlertAndCoversNoRegion() {
        when(mapper.selectById("a1")).thenReturn(alert("a1", "OPEN", null));

        for (String claim : List.of("5001", "50010", "5001030", "-", "500103%")) {
            assertThat(alerts.page(null, null, null, 0, 10, claim).alerts())
                    .as("claim '%s'", claim)
                    .isEmpty();
            assertThatThrownBy(() -> alerts.page("500103", null, null, 0, 10, claim))
                    .as("claim '%s'", claim)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
            assertThatThrownBy(() -> alerts.inScope("a1", claim))
                    .as("claim '%s'", claim)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        }
        verify(mapper, never()).selectPage(any());
        assertThat(alerts.inScope("a1", "500103001").id()).isEqualTo("a1");
    }

    @Test
    void aWorkerResolvesOnlyAlertsOfItsOwnWholeCommunityCode() {
        when(mapper.selectById("a1")).thenReturn(alert("a1", "OPEN", null));

        for (String community : List.of("500103001", "50010300100", "500103")) {
            assertThatThrownBy(() -> alerts.resolve("a1", "已核实", "w-1", community))
                    .as("community '%s'", community)
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        }
        verify(mapper, never()).updateResolution(any());
    }

    private static String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e.fieldErrors().get(0).field();
        }
        throw new AssertionError("no DomainException");
    }

    @Test
    void anAlertOutsideTheCallersScopeDoesNotExist() {
        when(mapper.selectById("a1")).thenReturn(alert("a1", "OPEN", null));

        assertThat(alerts.inScope("a1", "500103").id()).isEqualTo("a1");
        assertThat(alerts.inScope("a1", null).id()).isEqualTo("a1");
        assertThatThrownBy(() -> alerts.inScope("a1", "500104"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThatThrownBy(() -> alerts.inScope(null, null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
    }

    @Test
    void theWorkerResolvesWithANoteStoredEncryptedForThatAlert() {
        when(mapper.selectById("a1")).thenReturn(alert("a1", "OPEN", null));
        when(mapper.updateResolution(any())).thenReturn(1);

        alerts.resolve("a1", "  已入户核实，收入增加  ", "w-1", CaseFixtures.COMMUNITY);

        ArgumentCaptor<AlertResolution> ended = ArgumentCaptor.forClass(AlertResolution.class);
        verify(mapper).updateResolution(ended.capture());
        assertThat(ended.getValue().status()).isEqualTo("RESOLVED");
        assertThat(ended.getValue().resolvedBy()).isEqualTo("w-1");
        assertThat(ended.getValue().resolvedAt()).isEqualTo(NOW);
        assertThat(cipher.decrypt(PiiField.ALERT_NOTE, "a1", ended.getValue().noteEnc()))
                .isEqualTo("已入户核实，收入增加");
    }

    @Test
    void anAlertEndsOnlyOnceAndNeverOutsideTheWorkersCommunity() {
        when(mapper.selectById("a1")).thenReturn(alert("a1", "RESOLVED", null));
        when(mapper.updateResolution(any())).thenReturn(0);

        assertThatThrownBy(() -> alerts.resolve("a1", "已核实", "w-1", CaseFixtures.COMMUNITY))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("monitoring.alert.ended");
                });
        assertThatThrownBy(() -> alerts.followedUp("a1", List.of("c1"), "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.CONFLICT));
        assertThatThrownBy(() -> alerts.resolve("a1", "已核实", "w-2", null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND));
        assertThatThrownBy(() -> alerts.resolve("a1", " ", "w-1", CaseFixtures.COMMUNITY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(DomainException.FieldError::field)
                        .containsExactly("note"));
    }

    @Test
    void aFollowUpRecordsTheCasesItOpened() {
        when(mapper.updateResolution(any())).thenReturn(1);

        alerts.followedUp("a1", List.of("c1", "c2"), "admin");

        verify(mapper).updateResolution(new AlertResolution("a1", "FOLLOW_UP", "admin", NOW, null, "c1,c2"));
    }

    @Test
    void theWorkerSeesTheHouseholdMasked() {
        byte[] address = cipher.encrypt(PiiField.APPLICATION_ADDRESS, "app-1", "重庆市渝中区领事巷12号");

        MonitoringAlerts.Household household = alerts.household(alert("a1", "OPEN", address));

        assertThat(household.name()).isEqualTo("卢**");
        assertThat(household.address()).startsWith("重庆市渝中区领事巷").doesNotContain("12");
        assertThat(alerts.household(alert("a1", "OPEN", null)).address()).isNull();
    }

    @Test
    void openAlertsByKindCountEveryKindEvenWithoutAlerts() {
        when(mapper.countOpenByKind("500103%"))
                .thenReturn(List.of(new MonitoringAlertMapper.KindCount("AMOUNT_CHANGED", 4)));

        Map<String, Long> counts = alerts.openByKind("500103");

        assertThat(counts)
                .containsEntry("AMOUNT_CHANGED", 4L)
                .containsEntry("NEWLY_ELIGIBLE", 0L)
                .hasSize(AlertKind.values().length);
        assertThat(alerts.ofCommunity(null)).isEmpty();
        verify(mapper, never()).selectPage(any());
    }
}
