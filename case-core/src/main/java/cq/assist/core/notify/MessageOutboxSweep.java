package cq.assist.core.notify;

import cq.assist.core.common.PeriodicRound;
import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sends, on every node, the SMS messages that the outbox ({@code application_notice}) still holds unsent
 * {@code assist.notify.sweep-after} (PT1M) after they were queued — left behind by a node that died
 * between its commit and its after-commit send — every {@code assist.notify.sweep-interval} (PT30S),
 * at most {@code assist.notify.sweep-batch} (200) a round. Once: {@link ApplicantMessages#sendUnsent} lets
 * only the node that marks a row sent send it.
 */
@Component
public class MessageOutboxSweep extends PeriodicRound {

    private static final Logger LOG = LoggerFactory.getLogger(MessageOutboxSweep.class);

    private final ApplicantMessages applicantMessages;
    private final BusinessClock clock;
    private final Duration after;
    private final int batch;

    MessageOutboxSweep(
            ApplicantMessages applicantMessages,
            BusinessClock clock,
            @Value("${assist.notify.sweep-interval:PT30S}") Duration interval,
            @Value("${assist.notify.sweep-after:PT1M}") Duration after,
            @Value("${assist.notify.sweep-batch:200}") int batch) {
        super("message-outbox-sweep", interval, interval);
        this.applicantMessages = applicantMessages;
        this.clock = clock;
        this.after = after;
        this.batch = batch;
    }

    /** One round: sends what was queued more than {@code sweep-after} ago and is unsent; returns how many. */
    public int sweep() {
        return applicantMessages.sendUnsent(clock.now().minus(after), batch);
    }

    @Override
    protected void runRound() {
        int sent = sweep();
        if (sent > 0) {
            LOG.info("Outbox sweep sent {} SMS message(s) left unsent", sent);
        }
    }
}
