package cq.assist.core.insurance;

import cq.assist.core.check.EconomicCheck;
import cq.assist.core.common.CoreTexts;
import cq.assist.core.intake.Timeline;
import cq.assist.core.itemcase.ItemCaseRow;
import cq.assist.core.itemcase.ItemCases;
import cq.assist.core.notify.InAppMessages;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a 低保 (DIBAO) or 特困 (TEKUN) grant, offers the household a claim of the 惠民济困保 insurance when it
 * has own-paid medical expenses (the economic check's 12-month figure, summed over the members): the claim
 * waits for the resident's consent and the applicant is told in-app. Once per grant (a unique key), so a
 * retried job offers nothing twice. Policy: reference/policy-facts.md, "惠民济困保 (working assumption)".
 */
@Service
public class OfferingInsuranceClaims {

    /** The grants that make a household insured. */
    static final Set<String> INSURED_BY = Set.of("DIBAO", "TEKUN");

    /** The product name when no insurer adapter is configured. */
    static final String PRODUCT = CoreTexts.zh("insurance.product");

    private final ItemCases cases;
    private final EconomicCheck check;
    private final InsuranceClaimMapper claims;
    private final InAppMessages messages;
    private final MessageSource texts;
    private final BusinessClock clock;
    private final ObjectProvider<InsuranceClaims> insurer;
    private final Timeline timeline;

    OfferingInsuranceClaims(
            ItemCases cases,
            EconomicCheck check,
            InsuranceClaimMapper claims,
            InAppMessages messages,
            MessageSource texts,
            BusinessClock clock,
            ObjectProvider<InsuranceClaims> insurer,
            Timeline timeline) {
        this.timeline = timeline;
        this.cases = cases;
        this.check = check;
        this.claims = claims;
        this.messages = messages;
        this.texts = texts;
        this.clock = clock;
        this.insurer = insurer;
    }

    /**
     * Offers a claim after the grant of {@code caseId}; returns the new claim's id, or empty when the case
     * is not a granted DIBAO/TEKUN case (a payment follow-up approved to pay again is no grant), the household
     * has no medical expenses, or a claim was offered for this grant before.
     */
    @Transactional
    public Optional<String> offer(String caseId) {
        ItemCaseRow granted = cases.find(caseId);
        if (granted == null
                || !"GRANTED".equals(granted.status())
                || !INSURED_BY.contains(granted.itemCode())
                || cq.assist.core.itemcase.CaseOrigin.PAYMENT.name().equals(granted.origin())) {
            return Optional.empty();
        }
        BigDecimal medical = check.find(granted.applicationId())
                .map(OfferingInsuranceClaims::medicalExpenses)
                .orElse(BigDecimal.ZERO);
        if (medical.signum() <= 0) {
            return Optional.empty();
        }
        String id = UUID.randomUUID().toString();
        try {
            claims.insert(new InsuranceClaimRow(
                    id,
                    granted.applicationId(),
                    granted.householdKey(),
                    caseId,
                    insurerName(),
                    InsuranceClaimStatus.AWAITING_CONSENT.name(),
                    medical.setScale(2, java.math.RoundingMode.HALF_UP),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    clock.now()));
        } catch (DuplicateKeyException offeredBefore) {
            return Optional.empty();
        }
        messages.tell(
                granted.applicationId(),
                texts.getMessage("message.insurance.offered.title", null, Locale.SIMPLIFIED_CHINESE),
                texts.getMessage(
                        "message.insurance.offered.text",
                        new Object[] {
                            insurerName(),
                            medical.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                        },
                        Locale.SIMPLIFIED_CHINESE));
        timeline.record(granted.applicationId(), "INSURANCE_OFFERED", Timeline.Actor.SYSTEM, null);
        return Optional.of(id);
    }

    private String insurerName() {
        InsuranceClaims port = insurer.getIfAvailable();
        return port == null ? PRODUCT : port.insurer();
    }

    /** The household's own-paid medical expenses of 12 months (yuan); a member not found counts 0. */
    static BigDecimal medicalExpenses(HouseholdSnapshot snapshot) {
        return snapshot.members().stream()
                .map(m -> m.facts().medicalExpenses12m().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
