package cq.assist.core.charityrequest;

import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditLog;
import cq.assist.core.charity.CharityFunds;
import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.fanout.ApplicationItems;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.rules.HardshipCause;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A charity's desk: the requests made to its own projects with only the fields each resident agreed to
 * share ({@link #needs}), and its projects with their funds ({@link #projects}). A request whose consent
 * was withdrawn shows no data at all. Every listing that shows a resident's data is written to the audit
 * log, one entry per request shown (action {@value #AUDIT_ACTION}).
 */
@Service
public class CharityDesk {

    /** The audit action of a charity seeing a resident's shared data. */
    public static final String AUDIT_ACTION = "VIEW_CHARITY_SHARED_DATA";

    private static final int MAX_LISTED = 500;

    private final CharityRequestMapper requests;
    private final CharityFunds funds;
    private final Applications applications;
    private final ApplicationItems items;
    private final HouseholdMedicalExpenses medical;
    private final PiiCipher cipher;
    private final AuditLog audit;

    public CharityDesk(
            CharityRequestMapper requests,
            CharityFunds funds,
            Applications applications,
            ApplicationItems items,
            HouseholdMedicalExpenses medical,
            PiiCipher cipher,
            AuditLog audit) {
        this.requests = requests;
        this.funds = funds;
        this.applications = applications;
        this.items = items;
        this.medical = medical;
        this.cipher = cipher;
        this.audit = audit;
    }

    /**
     * The requests to the organisation's projects, newest first (at most 500), each with the consented
     * fields only.
     *
     * @param orgCode the charity account's organisation; null gives an empty list
     * @param actor the charity account (audited)
     * @param clientIp the caller's address (audited as a keyed hash), may be null
     */
    @Transactional
    public List<Need> needs(String orgCode, String actor, String clientIp) {
        if (orgCode == null) {
            return List.of();
        }
        List<Need> needs = new ArrayList<>();
        for (CharityRequestRow r : requests.selectByOrg(orgCode, MAX_LISTED)) {
            CharityConsentRow consent = requests.selectConsent(r.id());
            boolean stands = consent != null && consent.withdrawnAt() == null;
            List<SharedField> fields = stands ? ConsentTerms.parse(consent.sharedFields()) : List.of();
            Map<String, Object> data = stands ? data(r, fields) : Map.of();
            if (stands) {
                audit.record(new AuditEntry(
                        actor, "CHARITY", AUDIT_ACTION, "CHARITY_REQUEST", r.id(), consent.purpose(), clientIp));
            }
            needs.add(new Need(
                    r.id(),
                    r.projectId(),
                    r.projectName(),
                    r.status(),
                    r.createdAt(),
                    r.decidedAt(),
                    r.amount(),
                    r.reason(),
                    consent == null ? null : consent.givenAt(),
                    consent == null ? null : consent.withdrawnAt(),
                    fields,
                    data));
        }
        return needs;
    }

    /** The organisation's projects with fund, committed and remaining (yuan) and request counts, by id. */
    @Transactional(readOnly = true)
    public List<ProjectFundRow> projects(String orgCode) {
        return orgCode == null ? List.of() : funds.projectsOf(orgCode);
    }

    private Map<String, Object> data(CharityRequestRow r, List<SharedField> fields) {
        ApplicationRow app = applications.find(r.applicationId());
        Map<String, Object> data = new LinkedHashMap<>();
        for (SharedField field : fields) {
            Object value =
                    switch (field) {
                        case NAME -> app.applicantName();
                        case PHONE -> cipher.decrypt(
                                cq.assist.core.pii.PiiField.APPLICATION_APPLICANT_PHONE,
                                app.id(),
                                app.applicantPhoneEnc());
                        case COMMUNITY -> Map.of(
                                "code",
                                app.communityCode(),
                                "name",
                                String.valueOf(requests.selectRegionName(app.communityCode())));
                        case HARDSHIP_CAUSES -> causes(cipher.decrypt(
                                cq.assist.core.pii.PiiField.APPLICATION_HARDSHIP_CAUSES,
                                app.id(),
                                app.hardshipCausesEnc()));
                        case HOUSEHOLD_SIZE -> applications.members(app.id()).size();
                        case MEDICAL_EXPENSES -> medical.of(app.id())
                                .map(DecidingCharityRequests::money)
                                .orElse(null);
                        case ASSISTANCE_RECEIVED -> received(app, r.id());
                    };
            if (value != null) {
                data.put(key(field), value);
            }
        }
        return data;
    }

    private List<Map<String, String>> received(ApplicationRow app, String exceptRequest) {
        List<Map<String, String>> received = new ArrayList<>();
        items.items(app.id()).stream()
                .filter(i -> "GRANTED".equals(i.status()))
                .forEach(i -> received.add(entry("ITEM", i.name(), i.amountText())));
        requests.selectAcceptedByHousehold(app.applicantIdNumberHash()).stream()
                .filter(h -> !h.id().equals(exceptRequest))
                .forEach(h -> received.add(entry(
                        "CHARITY", h.orgName() + "·" + h.projectName(), DecidingCharityRequests.money(h.amount()))));
        return received;
    }

    private static Map<String, String> entry(String source, String name, String amount) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("source", source);
        e.put("name", name);
        if (amount != null) {
            e.put("amount", amount);
        }
        return e;
    }

    private static List<String> causes(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(code -> HardshipCause.valueOf(code).zh())
                .toList();
    }

    /** The JSON key of a field in {@link Need#data}: lowerCamel of the code (e.g. {@code medicalExpenses}). */
    public static String key(SharedField field) {
        String[] parts = field.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            key.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return key.toString();
    }

    /**
     * One request as the charity sees it.
     *
     * @param sharedFields the fields the standing consent names; empty once withdrawn
     * @param data those fields' values by {@link #key(SharedField)}; empty once the consent is withdrawn
     */
    public record Need(
            String requestId,
            String projectId,
            String projectName,
            String status,
            Instant createdAt,
            Instant decidedAt,
            BigDecimal amount,
            String reason,
            Instant consentGivenAt,
            Instant consentWithdrawnAt,
            List<SharedField> sharedFields,
            Map<String, Object> data) {}
}
