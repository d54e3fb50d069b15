package cq.assist.core.authorization;

import cq.assist.core.identity.PhonesOnFile;
import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.Applications;
import cq.assist.core.intake.MemberRow;
import cq.assist.core.intake.Timeline;
import cq.assist.core.notify.OutboundSms;
import cq.assist.core.notify.SmsBudget;
import cq.assist.core.pii.Masking;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the members who have not co-signed yet, by SMS with their link, at the population registry's
 * phone on file (never a number the filer typed), within the daily SMS budgets per phone and per
 * applicant; a member without a phone on file, or over a budget, gets none (the timeline says so). At
 * most one reminder per token: the reminder is claimed with a conditional update before the text goes out, so a timer job
 * that runs twice sends nothing the second time.
 */
@Service
public class CoSignerReminders {

    private final AuthorizationTokenMapper tokens;
    private final Applications applications;
    private final OutboundSms sms;
    private final PhonesOnFile phones;
    private final PiiCipher cipher;
    private final AuthorizationSettings settings;
    private final MessageSource messages;
    private final Timeline timeline;
    private final BusinessClock clock;

    public CoSignerReminders(
            AuthorizationTokenMapper tokens,
            Applications applications,
            OutboundSms sms,
            PhonesOnFile phones,
            PiiCipher cipher,
            AuthorizationSettings settings,
            MessageSource messages,
            Timeline timeline,
            BusinessClock clock) {
        this.tokens = tokens;
        this.applications = applications;
        this.sms = sms;
        this.phones = phones;
        this.cipher = cipher;
        this.settings = settings;
        this.messages = messages;
        this.timeline = timeline;
        this.clock = clock;
    }

    /** Sends the reminders still due; returns how many went out. */
    @Transactional
    public int remind(String applicationId) {
        ApplicationRow application = applications.find(applicationId);
        var members = applications.members(applicationId);
        int sent = 0;
        for (TokenRow token : tokens.selectOpen(applicationId)) {
            if (!token.expiresAt().isAfter(clock.now())
                    || tokens.updateReminded(new TokenUse(token.tokenHash(), clock.now())) != 1) {
                continue;
            }
            MemberRow member = members.stream()
                    .filter(m -> m.seq().equals(token.memberSeq()))
                    .findFirst()
                    .orElseThrow();
            String text = messages.getMessage(
                    "authorization.reminder.sms",
                    new Object[] {
                        Masking.name(application.applicantName()),
                        settings.authorizeUrl(cipher.decrypt(
                                cq.assist.core.pii.PiiField.COSIGNING_TOKEN, token.tokenHash(), token.tokenEnc()))
                    },
                    Locale.SIMPLIFIED_CHINESE);
            var phone = phones.lookUpMember(member.applicationId(), member.seq(), member.idNumberEnc(), cipher)
                    .map(cq.assist.core.identity.PhonesOnFile.OnFile::phone);
            boolean out = phone.isPresent()
                    && sms.send(phone.get(), text, null, application.applicantIdNumberHash(), SmsBudget.Kind.REMINDER);
            timeline.record(
                    applicationId,
                    out ? "REMINDER_SENT" : "REMINDER_NOT_SENT",
                    Timeline.Actor.SYSTEM,
                    Masking.name(member.name()));
            if (out) {
                sent++;
            }
        }
        return sent;
    }
}
