package cq.assist.core.casework;

import static cq.assist.core.fixtures.CaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cq.assist.core.fixtures.CaseFixtures;
import cq.assist.core.login.Roles;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A civil-affairs office's public notices: only cases whose review or decision is its own, the running notice's
 * 7 days, objections of the last 30 days by who raised them, the household masked.
 */
class ListingNoticesTest {

    private final NoticeReadMapper mapper = mock(NoticeReadMapper.class);
    private final ListingNotices listing = new ListingNotices(mapper, CaseFixtures.clock());
    private final StaffScope street = new StaffScope(
            "s-1", Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103001", "CIVIL_AFFAIRS", "500103001");

    private static NoticeReadMapper.NoticeRow row(String caseId, String community, String status) {
        return new NoticeReadMapper.NoticeRow(
                caseId,
                "app-" + caseId,
                "YJ" + caseId,
                "DIBAO",
                "卢小明",
                community,
                "CIVIL_AFFAIRS@500103",
                status,
                "PUBLIC_NOTICE".equals(status) ? "PUBLIC_NOTICE" : null,
                new BigDecimal("1500.00"),
                NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void listsItsOwnStreetsNoticesWithTheirObjections() {
        when(mapper.selectNotices("500103001", NOW.minus(Duration.ofDays(30)), 500))
                .thenReturn(List.of(
                        row("c1", "500103001001", "PUBLIC_NOTICE"),
                        row("c2", "500103002001", "PUBLIC_NOTICE"),
                        row("c3", "500103001002", "GRANTED")));
        when(mapper.selectObjections(List.of("c1", "c3")))
                .thenReturn(List.of(
                        new NoticeReadMapper.ObjectionRow("c1", "OBJECTION", "有收入未申报", "public:13800001111", NOW),
                        new NoticeReadMapper.ObjectionRow("c1", "ANSWER", "已核实", "s-1", NOW)));

        List<ListingNotices.Notice> notices = listing.forOffice(street);

        assertThat(notices).extracting(ListingNotices.Notice::caseId).containsExactly("c1", "c3");
        ListingNotices.Notice running = notices.get(0);
        assertThat(running.householdName()).isEqualTo("卢**");
        assertThat(running.until()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(running.from()).isEqualTo(NOW.minus(Duration.ofDays(4)));
        assertThat(running.objections())
                .extracting(ListingNotices.Objection::by)
                .containsExactly("PUBLIC", "STAFF");
        assertThat(notices.get(1).until()).isNull();
        assertThat(notices.get(1).objections()).isEmpty();
    }

    @Test
    void anAdministratorOrAnotherDepartmentSeesNone() {
        StaffScope admin = new StaffScope("admin", Set.of(Roles.ADMIN), null, null, null);
        StaffScope justice =
                new StaffScope("j-1", Set.of(Roles.DEPARTMENT_REVIEWER), "JUSTICE@500103", "JUSTICE", "500103");

        assertThat(listing.forOffice(admin)).isEmpty();
        assertThat(listing.forOffice(justice)).isEmpty();
        verify(mapper, never()).selectNotices(any(), any(), anyInt());
        verify(mapper, never()).selectObjections(anyList());
    }
}
