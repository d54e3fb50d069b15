package cq.assist.core.charity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The funds of charity projects: read them, and take an accepted amount from one (never below zero). */
@Service
public class CharityFunds {

    private final CharityProjectMapper projects;

    public CharityFunds(CharityProjectMapper projects) {
        this.projects = projects;
    }

    /** One project with its fund figures, or empty. */
    @Transactional(readOnly = true)
    public Optional<ProjectFundRow> project(String projectId) {
        return Optional.ofNullable(projects.selectFundById(projectId));
    }

    /** The projects of one organisation with fund, remaining, cap and request counts, by id. */
    @Transactional(readOnly = true)
    public List<ProjectFundRow> projectsOf(String orgCode) {
        return projects.selectFundsByOrg(orgCode);
    }

    /**
     * Takes {@code amount} (yuan) from the project's remaining fund in one conditional statement, in the
     * caller's transaction; false when the remaining fund cannot cover it (nothing is taken). Concurrent
     * calls queue on the row lock and each re-reads the committed balance, so the fund is never overspent.
     */
    @Transactional
    public boolean debit(String projectId, BigDecimal amount, String by) {
        return projects.debitFund(projectId, amount, by) == 1;
    }
}
