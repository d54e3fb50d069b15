package cq.assist.mobile.charity;

import cq.assist.core.charityrequest.CharityRequestView;
import cq.assist.core.charityrequest.ConsentTerms;
import cq.assist.core.charityrequest.RequestingCharityHelp;
import cq.assist.core.charityrequest.SharedField;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.i18n.Reasons;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON shapes of the resident's charity endpoints; money is a decimal string in yuan. */
final class CharityViews {

    private CharityViews() {}

    /** A matched project (API.md: projectId, name, organisation, remainingFund, reasons; the rest added). */
    record ProjectOffer(
            String projectId,
            String name,
            String organisation,
            String remainingFund,
            String perPersonCap,
            boolean open,
            List<String> reasons,
            Terms consent,
            String requestId,
            String requestStatus) {}

    /** What the resident agrees to: recipient, purpose, exactly the fields shared, the full text. */
    record Terms(String organisation, String purpose, List<Field> fields, String text, String textSha256) {}

    /** One shared field: its code and its label (Chinese). */
    record Field(String code, String label) {}

    /** A request (API.md: id, status, projectId, decidedAt?, amount?; the rest added). */
    record Request(
            String id,
            String status,
            String projectId,
            String projectName,
            String organisation,
            String applicationId,
            String amount,
            String reason,
            OffsetDateTime createdAt,
            OffsetDateTime decidedAt,
            Consent consent) {}

    /** The consent record of a request; {@code withdrawnAt} absent while it stands. */
    record Consent(
            String organisation,
            String purpose,
            List<Field> fields,
            String text,
            String textSha256,
            OffsetDateTime givenAt,
            OffsetDateTime withdrawnAt) {}

    static ProjectOffer offer(RequestingCharityHelp.Offer o) {
        ConsentTerms t = o.terms();
        return new ProjectOffer(
                o.projectId(),
                Reasons.text(o.name()),
                Reasons.text(o.organisation()),
                money(o.remainingFund()),
                money(o.perPersonCap()),
                o.open(),
                Reasons.inRequestLanguage(o.reasons()),
                t == null
                        ? null
                        : new Terms(
                                Reasons.text(t.organisation()),
                                Reasons.text(t.purpose()),
                                fields(t.fields()),
                                t.text(),
                                t.textSha256()),
                o.requestId(),
                o.requestStatus());
    }

    static Request request(CharityRequestView v) {
        CharityRequestView.Consent c = v.consent();
        return new Request(
                v.id(),
                v.status(),
                v.projectId(),
                Reasons.text(v.projectName()),
                Reasons.text(v.organisation()),
                v.applicationId(),
                money(v.amount()),
                Reasons.text(v.reason()),
                BusinessClock.toOffset(v.createdAt()),
                BusinessClock.toOffset(v.decidedAt()),
                c == null
                        ? null
                        : new Consent(
                                Reasons.text(c.organisation()),
                                Reasons.text(c.purpose()),
                                fields(c.fields()),
                                c.text(),
                                c.textSha256(),
                                BusinessClock.toOffset(c.givenAt()),
                                BusinessClock.toOffset(c.withdrawnAt())));
    }

    static List<Field> fields(List<SharedField> fields) {
        return fields.stream().map(f -> new Field(f.name(), f.zh())).toList();
    }

    static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
