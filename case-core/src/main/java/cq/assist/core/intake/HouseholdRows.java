package cq.assist.core.intake;

import cq.assist.core.household.IdNumber;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.pii.PiiField;
import cq.assist.core.rules.Relation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a validated form's members into rows with personal and health data encrypted. A member must
 * authorize separately ({@code requiresAuthorization}) when it is an adult other than the applicant, or a
 * minor of whom the applicant is not the parent or grandparent (its guardian signs before the worker).
 */
@Component
class HouseholdRows {

    private final PiiCipher cipher;

    HouseholdRows(PiiCipher cipher) {
        this.cipher = cipher;
    }

    List<MemberRow> of(String applicationId, List<ApplicationForm.Member> members, LocalDate today) {
        List<MemberRow> rows = new ArrayList<>();
        for (int seq = 0; seq < members.size(); seq++) {
            ApplicationForm.Member m = members.get(seq);
            String id = IdNumber.normalize(m.idNumber());
            boolean self = Relation.SELF.name().equals(m.relation());
            String row = PiiField.rowKey(applicationId, seq);
            rows.add(new MemberRow(
                    applicationId,
                    seq,
                    m.name().trim(),
                    cipher.encrypt(PiiField.MEMBER_ID_NUMBER, row, id),
                    cipher.blindIndex(id),
                    m.relation(),
                    cipher.encrypt(PiiField.MEMBER_PHONE, row, m.phone()),
                    cipher.blindIndex(m.phone()),
                    IdNumber.birthDate(id).orElseThrow(),
                    m.disabilityGrade() == null
                            ? null
                            : cipher.encrypt(PiiField.MEMBER_HEALTH, row, "disabilityGrade=" + m.disabilityGrade()),
                    Boolean.TRUE.equals(m.student()),
                    m.employment(),
                    !self && (IdNumber.ageOn(id, today) >= 18 || !Relation.applicantIsGuardianOf(m.relation()))));
        }
        return rows;
    }
}
