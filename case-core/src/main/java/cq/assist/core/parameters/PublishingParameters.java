package cq.assist.core.parameters;

import cq.assist.core.audit.AuditActions;
import cq.assist.core.audit.AuditEntry;
import cq.assist.core.audit.AuditRecorder;
import cq.assist.core.common.DomainException;
import cq.assist.core.common.DomainException.FieldError;
import cq.assist.core.common.ProblemKind;
import cq.assist.core.reference.ReferenceVersions;
import cq.assist.core.time.BusinessClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a new version of a policy parameter (e.g. the 低保 standard raised from next month). A
 * version is never edited: a change is a new row with its own effective date, so decisions already
 * made keep the versions they used. Every node drops its cached parameters within
 * {@code assist.reference.refresh-interval}; this node at once.
 */
@Service
public class PublishingParameters {

    private static final int SOURCE_MAX = 255;

    private final PolicyParameterMapper mapper;
    private final ReferenceVersions versions;
    private final BusinessClock clock;
    private final AuditRecorder audit;

    PublishingParameters(
            PolicyParameterMapper mapper, ReferenceVersions versions, BusinessClock clock, AuditRecorder audit) {
        this.mapper = mapper;
        this.versions = versions;
        this.clock = clock;
        this.audit = audit;
    }

    /** Every version of the parameters the query names, by key, region and date. */
    @Transactional(readOnly = true)
    public List<ParameterVersion> list(ParameterQuery query) {
        return mapper.selectVersions(query);
    }

    /**
     * Stores the version.
     *
     * @param account the administrator publishing it
     * @return the stored version
     * @throws DomainException VALIDATION naming each bad field ({@code key}, {@code regionCode},
     *     {@code value}, {@code effectiveFrom}, {@code source}); CONFLICT when that key, region and date
     *     have a version already
     */
    @Transactional
    public ParameterVersion publish(NewParameterVersion input, String account) {
        List<FieldError> errors = new ArrayList<>();
        String unit = unitOf(input.key(), errors);
        String region = regionOf(input.regionCode(), errors);
        BigDecimal value = valueOf(input.value(), unit, errors);
        LocalDate from = dateOf(input.effectiveFrom(), errors);
        String source = input.source() == null ? "" : input.source().strip();
        if (source.isEmpty() || source.length() > SOURCE_MAX) {
            errors.add(new FieldError("source", "parameters.source.invalid", SOURCE_MAX));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        ParameterVersion version = new ParameterVersion(input.key(), region, value, from, unit, source, account);
        try {
            mapper.insert(version);
        } catch (DuplicateKeyException exists) {
            throw new DomainException(ProblemKind.CONFLICT, "parameters.version.exists");
        }
        versions.changed(ReferenceVersions.PARAMETERS);
        audit.record(new AuditEntry(
                account,
                "ADMIN",
                AuditActions.PARAMETER_CHANGE,
                "POLICY_PARAMETER",
                input.key() + "@" + region + "@" + from,
                "value " + value.toPlainString() + " " + unit + " from " + from + "; source: " + source,
                null));
        return version;
    }

    private String unitOf(String key, List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            errors.add(new FieldError("key", "parameters.key.required"));
            return null;
        }
        String unit = mapper.selectUnit(key);
        if (unit == null) {
            errors.add(new FieldError("key", "parameters.key.unknown"));
        }
        return unit;
    }

    private String regionOf(String code, List<FieldError> errors) {
        if (code == null || !code.matches("\\d{6}(\\d{3}){0,2}") || mapper.countRegion(code) == 0) {
            errors.add(new FieldError("regionCode", "parameters.region.unknown"));
            return null;
        }
        return code;
    }

    private static BigDecimal valueOf(String text, String unit, List<FieldError> errors) {
        BigDecimal value;
        try {
            value = text == null ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            value = null;
        }
        int scale = unit != null && unit.startsWith("YUAN") ? 2 : 4;
        if (value == null || value.signum() < 0 || value.scale() > scale || value.precision() - value.scale() > 10) {
            errors.add(new FieldError("value", "parameters.value.invalid", scale));
            return null;
        }
        return value;
    }

    private LocalDate dateOf(String text, List<FieldError> errors) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text.strip());
            if (date.isBefore(clock.today())) {
                errors.add(new FieldError("effectiveFrom", "parameters.effectiveFrom.past"));
            }
            return date;
        } catch (DateTimeParseException notADate) {
            errors.add(new FieldError("effectiveFrom", "parameters.effectiveFrom.invalid"));
            return null;
        }
    }
}
