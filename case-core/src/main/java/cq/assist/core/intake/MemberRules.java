package cq.assist.core.intake;

import cq.assist.core.household.IdNumber;
import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules on household members: each member's fields, exactly one SELF member who is the applicant,
 * and nobody listed twice. A member's phone is optional: it is a contact number only, since co-signing
 * codes go to the population registry's phone on file.
 */
final class MemberRules {

    private final FieldChecks checks;

    MemberRules(FieldChecks checks) {
        this.checks = checks;
    }

    void check(List<ApplicationForm.Member> members, ApplicationForm.Applicant applicant) {
        if (members.isEmpty()) {
            checks.fail("household.members", "intake.required");
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            checkMember("household.members[" + i + "]", members.get(i));
        }
        checkSelf(members, applicant);
        checkDuplicates(members);
    }

    private void checkMember(String path, ApplicationForm.Member member) {
        if (member == null) {
            checks.fail(path, "intake.required");
            return;
        }
        checks.required(path + ".name", member.name());
        boolean validId = checks.idNumber(path + ".idNumber", member.idNumber());
        Relation relation = checks.enumValue(path + ".relation", Relation.class, member.relation(), true);
        if (checks.enumValue(path + ".employment", Employment.class, member.employment(), false)
                == Employment.NOT_STATED) {
            // what the rules use for a left-out field; a filer leaves the field out instead
            checks.fail(path + ".employment", "intake.enum.invalid");
        }
        if (member.disabilityGrade() != null && (member.disabilityGrade() < 1 || member.disabilityGrade() > 4)) {
            checks.fail(path + ".disabilityGrade", "intake.disabilityGrade.invalid");
        }
        if (!FieldChecks.isBlank(member.phone())) {
            checks.phone(path + ".phone", member.phone());
        }
    }

    private void checkSelf(List<ApplicationForm.Member> members, ApplicationForm.Applicant applicant) {
        List<Integer> selves = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i) != null
                    && Relation.SELF.name().equals(members.get(i).relation())) {
                selves.add(i);
            }
        }
        if (selves.size() != 1) {
            checks.fail("household.members", "intake.members.oneSelf");
            return;
        }
        ApplicationForm.Member self = members.get(selves.get(0));
        boolean same = applicant != null
                && Objects.equals(IdNumber.normalize(self.idNumber()), IdNumber.normalize(applicant.idNumber()))
                && Objects.equals(FieldChecks.trim(self.name()), FieldChecks.trim(applicant.name()));
        if (!same) {
            checks.fail("household.members[" + selves.get(0) + "]", "intake.members.selfIsApplicant");
        }
    }

    private void checkDuplicates(List<ApplicationForm.Member> members) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            ApplicationForm.Member member = members.get(i);
            String id = member == null ? null : IdNumber.normalize(member.idNumber());
            if (id != null && !id.isEmpty() && seen.putIfAbsent(id, i) != null) {
                checks.fail("household.members[" + i + "].idNumber", "intake.members.duplicate");
            }
        }
    }
}
