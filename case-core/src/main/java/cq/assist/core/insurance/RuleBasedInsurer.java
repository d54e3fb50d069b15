package cq.assist.core.insurance;

import cq.assist.core.common.CoreTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Demo stand-in for the insurer of 惠民济困保 (the real insurer is outside our reach). Selected with
 * {@code assist.insurance.insurer=demo-rule} (the demo profile sets it) and <b>refused outside the demo
 * profile</b>: the application does not start. It decides by a configured rule and answers asynchronously,
 * {@code assist.insurance.demo.delay} (PT2S) after the filing: own-paid medical expenses above the
 * deductible {@code assist.insurance.demo.deductible} (1000 yuan) are paid at {@code
 * assist.insurance.demo.ratio} (0.5), capped at {@code assist.insurance.demo.cap} (30000 yuan); a claim not
 * above the deductible is rejected. These figures are working assumptions, not the product's terms. An
 * answer lost with a node that dies in the delay leaves the claim FILED.
 */
@Component
@ConditionalOnProperty(name = "assist.insurance.insurer", havingValue = "demo-rule")
public class RuleBasedInsurer implements InsuranceClaims, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBasedInsurer.class);

    private final RecordingInsurerAnswers answers;
    private final Rule rule;
    private final Duration delay;
    private final ScheduledExecutorService executor;

    RuleBasedInsurer(
            Environment environment,
            RecordingInsurerAnswers answers,
            @Value("${assist.insurance.demo.deductible:1000}") BigDecimal deductible,
            @Value("${assist.insurance.demo.ratio:0.5}") BigDecimal ratio,
            @Value("${assist.insurance.demo.cap:30000}") BigDecimal cap,
            @Value("${assist.insurance.demo.delay:PT2S}") Duration delay) {
        refuseOutsideDemo(environment);
        this.answers = answers;
        this.rule = new Rule(deductible, ratio, cap);
        this.delay = delay;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "demo-insurer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Throws unless the demo profile is active: a stand-in must never decide real claims. */
    static void refuseOutsideDemo(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("assist.insurance.insurer=demo-rule is a demo stand-in for the insurer"
                    + " and is refused outside the demo profile; configure a real InsuranceClaims adapter");
        }
    }

    @Override
    public String insurer() {
        return CoreTexts.zh("insurance.demoInsurer");
    }

    @Override
    public void file(ClaimFiling filing) {
        executor.schedule(
                () -> {
                    try {
                        answers.record(rule.decide(filing));
                    } catch (RuntimeException e) {
                        LOG.warn("Demo insurer could not answer claim {}: {}", filing.claimId(), e.toString());
                    }
                },
                delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** The demo payout rule; money in yuan, {@code ratio} a fraction. */
    record Rule(BigDecimal deductible, BigDecimal ratio, BigDecimal cap) {

        InsurerAnswer decide(ClaimFiling filing) {
            BigDecimal above = filing.amountClaimed().subtract(deductible);
            String ref = "DEMO-" + filing.claimId().substring(0, 8);
            if (above.signum() <= 0) {
                return new InsurerAnswer(
                        filing.claimId(),
                        false,
                        null,
                        CoreTexts.zh("insurance.demo.belowDeductible", plain(deductible)),
                        ref);
            }
            BigDecimal payout = above.multiply(ratio).min(cap).setScale(2, RoundingMode.HALF_UP);
            return new InsurerAnswer(
                    filing.claimId(),
                    true,
                    payout,
                    CoreTexts.zh(
                            "insurance.demo.paid",
                            plain(deductible),
                            ratio.movePointRight(2).stripTrailingZeros().toPlainString(),
                            plain(cap)),
                    ref);
        }

        private static String plain(BigDecimal amount) {
            return amount.stripTrailingZeros().toPlainString();
        }
    }
}
