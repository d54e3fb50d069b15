package cq.assist.core.charity;

import cq.assist.core.rules.CharityProject;
import cq.assist.core.rules.HardshipCause;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The charity projects the rules may match, read fresh each time (fund balances move). */
@Service
public class CharityCatalog {

    private final CharityProjectMapper projects;

    public CharityCatalog(CharityProjectMapper projects) {
        this.projects = projects;
    }

    /** Every active project, by id. */
    public List<CharityProject> activeProjects() {
        return projects.selectActive().stream().map(CharityCatalog::toProject).toList();
    }

    static CharityProject toProject(CharityProjectRow row) {
        return new CharityProject(
                row.id(),
                row.name(),
                row.organisation(),
                causes(row.causes()),
                split(row.regionCodes()),
                row.minAge(),
                row.maxAge(),
                row.requiresDibao(),
                row.requiresLowIncome(),
                row.minMedicalExpenses(),
                row.fundRemaining(),
                row.perPersonCap(),
                row.active());
    }

    static Set<HardshipCause> causes(String list) {
        Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);
        split(list).forEach(code -> causes.add(HardshipCause.valueOf(code)));
        return causes;
    }

    static List<String> split(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
