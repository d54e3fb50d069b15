package cq.assist.core.rules;

import java.time.LocalDate;
import java.util.List;

/** Entry point of the rules: {@code assess(snapshot, parameters at a date)}. Pure and thread-safe. */
public final class Assessor {

    private Assessor() {}

    /**
     * Assesses every item of the happiness list for the household on {@code date}, with the parameters in
     * force on that date in the household's region, and ranks the charity projects.
     *
     * @param snapshot the household and its checked facts; must not be null
     * @param parameters all parameter rows; must not be null
     * @param date the assessment date (ages and parameters are taken on this day)
     * @param projects charity projects to match; may be empty
     */
    public static Assessment assess(
            HouseholdSnapshot snapshot, PolicyParameters parameters, LocalDate date, List<CharityProject> projects) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** As {@link #assess(HouseholdSnapshot, PolicyParameters, LocalDate, List)} without charity projects. */
    public static Assessment assess(HouseholdSnapshot snapshot, PolicyParameters parameters, LocalDate date) {
        return assess(snapshot, parameters, date, List.of());
    }
}
