package cq.assist.mobile.intake;

import cq.assist.core.intake.Filer;
import cq.assist.core.intake.ReadingApplications;
import cq.assist.core.intake.SettingPayeeAccount;
import cq.assist.core.intake.Submission;
import cq.assist.core.intake.SubmittingApplication;
import cq.assist.core.intake.WithdrawingApplication;
import cq.assist.core.login.Roles;
import cq.assist.web.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Residents and workers file applications and follow them. */
@RestController
@RequestMapping("/api/v1/applications")
class ApplicationController {

    private final SubmittingApplication submitting;
    private final ReadingApplications reading;
    private final ApplicationViews views;
    private final WithdrawingApplication withdrawing;
    private final SettingPayeeAccount payeeAccounts;

    ApplicationController(
            SubmittingApplication submitting,
            ReadingApplications reading,
            ApplicationViews views,
            WithdrawingApplication withdrawing,
            SettingPayeeAccount payeeAccounts) {
        this.withdrawing = withdrawing;
        this.payeeAccounts = payeeAccounts;
        this.submitting = submitting;
        this.reading = reading;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<ApplicationResponse> submit(
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody ApplicationRequest request,
            Caller caller) {
        Filer filer = filer(caller);
        Submission submission = submitting.submit(filer, idempotencyKey, request.toForm());
        ApplicationResponse body = views.of(reading.read(filer, submission.applicationId()));
        return ResponseEntity.status(submission.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/applications/" + body.id()))
                .body(body);
    }

    @GetMapping
    List<ApplicationResponse> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Caller caller) {
        return reading.list(filer(caller), page, size).stream().map(views::of).toList();
    }

    @GetMapping("/{id}")
    ApplicationResponse read(@PathVariable String id, Caller caller) {
        return views.of(reading.read(filer(caller), id));
    }

    /** The applicant withdraws before any decision: 200 with the application (now WITHDRAWN); after one 409. */
    @PostMapping("/{id}/withdraw")
    ApplicationResponse withdraw(@PathVariable String id, @Valid @RequestBody WithdrawRequest body, Caller caller) {
        Filer filer = filer(caller);
        withdrawing.withdraw(filer, id, body.reason());
        return views.of(reading.read(filer, id));
    }

    /**
     * The payee account the household's grants are paid into (the applicant is the payee): 200 {@code
     * {accountNumber (masked: last 4 digits), bankName}}; a bad number or bank 400 naming the field; not the
     * caller's application 404. The next bank file uses it.
     */
    @PutMapping("/{id}/payee-account")
    SettingPayeeAccount.PayeeAccount payeeAccount(
            @PathVariable String id, @RequestBody PayeeAccountRequest body, Caller caller) {
        return payeeAccounts.set(filer(caller), id, body.accountNumber(), body.bankName());
    }

    /** The body of a payee account: the account number (spaces and dashes ignored) and its bank. */
    record PayeeAccountRequest(String accountNumber, String bankName) {}

    /** The body of a withdrawal: the reason (1 to 500 characters). */
    record WithdrawRequest(@Size(max = WithdrawingApplication.MAX_REASON) String reason) {}

    static Filer filer(Caller caller) {
        return caller.hasRole(Roles.COMMUNITY_WORKER)
                ? Filer.worker(caller.subject(), caller.scope(Roles.CLAIM_COMMUNITY))
                : Filer.resident(caller.subject());
    }
}
