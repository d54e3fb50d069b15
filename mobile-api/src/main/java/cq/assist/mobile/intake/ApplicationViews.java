package cq.assist.mobile.intake;

import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.incident.CaseIncidents;
import cq.assist.core.insurance.FilingInsuranceClaims;
import cq.assist.core.intake.ApplicationDetails;
import cq.assist.core.intake.EventRow;
import cq.assist.core.intake.SettingPayeeAccount;
import cq.assist.core.intake.TimelineTexts;
import cq.assist.core.itemcase.ItemCatalog;
import cq.assist.core.itemcase.ItemRow;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Maps case-core's application details to the response, in the caller's language: the timeline, and for an
 * English request the stored Chinese names (items, departments, charities, insurer) and reasons ({@link
 * Reasons}); each item says whether it pays cash (the catalog's {@code pays_cash}), and the payee account on file
 * is answered masked ({@link SettingPayeeAccount#onFile}).
 */
@Component
class ApplicationViews {

    private final TimelineTexts texts;
    private final ApplicationItems items;
    private final FilingInsuranceClaims claims;
    private final NextSteps nextSteps;
    private final CaseIncidents incidents;
    private final ItemCatalog catalog;
    private final SettingPayeeAccount payeeAccounts;

    ApplicationViews(
            TimelineTexts texts,
            ApplicationItems items,
            FilingInsuranceClaims claims,
            NextSteps nextSteps,
            CaseIncidents incidents,
            ItemCatalog catalog,
            SettingPayeeAccount payeeAccounts) {
        this.catalog = catalog;
        this.payeeAccounts = payeeAccounts;
        this.incidents = incidents;
        this.texts = texts;
        this.items = items;
        this.claims = claims;
        this.nextSteps = nextSteps;
    }

    ApplicationResponse of(ApplicationDetails d) {
        List<ApplicationItems.Item> list = items.items(d.id());
        Map<String, NextSteps.Step> steps = nextSteps.byCase(d.id(), list);
        NextSteps.Step first = NextSteps.first(steps);
        return new ApplicationResponse(
                d.id(),
                d.applicationNo(),
                d.status(),
                d.filedBy(),
                BusinessClock.toOffset(d.submittedAt()),
                d.pendingAuthorizations().stream()
                        .map(p -> new ApplicationResponse.PendingAuthorization(
                                p.memberNameMasked(),
                                p.authorizeUrl(),
                                p.qrPngUrl(),
                                BusinessClock.toOffset(p.expiresAt())))
                        .toList(),
                list.stream()
                        .map(i -> item(i, i.caseId() == null ? null : steps.get(i.caseId())))
                        .toList(),
                items.charityMatches(d.id()).stream()
                        .map(m -> new ApplicationResponse.CharityMatch(
                                m.projectId(),
                                Reasons.text(m.name()),
                                Reasons.text(m.organisation()),
                                Reasons.inRequestLanguage(m.reasons())))
                        .toList(),
                d.timeline().stream().map(this::entry).toList(),
                claims.ofApplication(d.id()).stream()
                        .map(c -> new ApplicationResponse.InsuranceClaim(
                                c.id(),
                                Reasons.text(c.insurer()),
                                c.status(),
                                money(c.amountClaimed()),
                                money(c.amountPaid()),
                                BusinessClock.toOffset(c.decidedAt()),
                                Reasons.text(c.reason())))
                        .toList(),
                incidents.delayed(d.id()),
                first == null ? null : first.view(),
                d.communityCode(),
                d.anonymisedAt() == null ? null : BusinessClock.toOffset(d.anonymisedAt()),
                payeeAccounts
                        .onFile(d.id())
                        .map(a -> new ApplicationResponse.PayeeAccount(
                                a.accountNumber(), a.bankName(), BusinessClock.toOffset(a.givenAt())))
                        .orElse(null));
    }

    private static String money(java.math.BigDecimal amount) {
        return amount == null
                ? null
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private ApplicationResponse.Item item(ApplicationItems.Item i, NextSteps.Step step) {
        return new ApplicationResponse.Item(
                i.code(),
                Reasons.text(i.name()),
                Reasons.text(i.department()),
                i.kind(),
                i.status(),
                Reasons.inRequestLanguage(i.reasons()),
                i.amountText(),
                BusinessClock.toOffset(i.decidedAt()),
                i.proposedAmountText(),
                step == null ? null : step.view(),
                paysCash(i.code()));
    }

    private boolean paysCash(String code) {
        ItemRow row = catalog.item(code);
        return row != null && Boolean.TRUE.equals(row.paysCash());
    }

    private ApplicationResponse.TimelineEntry entry(EventRow e) {
        return new ApplicationResponse.TimelineEntry(
                BusinessClock.toOffset(e.eventTime()), texts.event(e), texts.by(e));
    }
}
