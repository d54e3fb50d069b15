package cq.assist.core.monitoring;

import cq.assist.core.parameters.NewParameterVersion;
import cq.assist.core.parameters.ParameterVersion;
import cq.assist.core.parameters.PublishingParameters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new policy-parameter version and the re-screening of the monitored households it touches (issue 9: "a new
 * parameter version re-screens every monitored household it touches ... with a run record"), committed in one
 * transaction: the version row and the RUNNING run row are stored together or not at all, so a published
 * version never lacks its run. The run itself starts after the commit ({@link ScreeningRuns}); a node that dies
 * before it ends leaves the run to {@link ScreeningRecovery}.
 */
@Service
public class ParameterChanges {

    private final PublishingParameters publishing;
    private final ScreeningRuns screening;

    ParameterChanges(PublishingParameters publishing, ScreeningRuns screening) {
        this.publishing = publishing;
        this.screening = screening;
    }

    /**
     * Publishes the version and starts its re-screen.
     *
     * @param input the version as the administrator sent it (every field as text)
     * @param account the administrator
     * @return the stored version and the id of its screening run
     * @throws cq.assist.core.common.DomainException as {@link PublishingParameters#publish} does (VALIDATION
     *     naming each bad field, CONFLICT for an existing version); nothing is stored then
     */
    @Transactional
    public Published publish(NewParameterVersion input, String account) {
        ParameterVersion version = publishing.publish(input, account);
        String runId =
                screening.startForParameter(version.key(), version.regionCode(), version.effectiveFrom(), account);
        return new Published(version, runId);
    }

    /** A published version and the screening run it started. */
    public record Published(ParameterVersion version, String runId) {}
}
