package cq.assist.webapi.payments;

import cq.assist.core.login.Roles;
import cq.assist.core.payments.BankFiles;
import cq.assist.core.payments.PaymentLine;
import cq.assist.core.payments.PaymentRolls;
import cq.assist.core.payments.PaymentStatistics;
import cq.assist.core.payments.RollRow;
import cq.assist.core.pii.Masking;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import cq.assist.web.security.ClientAddresses;
import cq.assist.workflow.payments.FollowingUpFailedPayments;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * District civil affairs: {@code POST /api/v1/payments/rolls {month, regionCode}} builds a month's roll (201;
 * the same month and district again 409); {@code GET /api/v1/payments/rolls?month=&regionCode=&page=&size=}
 * lists rolls ({@code X-Total-Count}); {@code GET /api/v1/payments/rolls/{id}} is a roll with its lines (payee
 * names masked); {@code GET .../file} the bank file ({@code .xlsx}, audited); {@code POST .../returns} with a
 * multipart {@code file} reconciles the bank's return file ({@code {paid, failed, unmatched, followUpCaseIds}}: each
 * failed line becomes a follow-up task in the district's inbox once);
 * {@code GET /api/v1/payments/failures} lists the district's failed lines. A district sees its own rolls only
 * (another district's: 404); amounts are yuan strings.
 */
@RestController
@PreAuthorize("hasAnyRole('DISTRICT_APPROVER', 'ADMIN')")
class PaymentController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PaymentRolls rolls;
    private final BankFiles bankFiles;
    private final FollowingUpFailedPayments returns;
    private final PaymentStatistics statistics;
    private final ClientAddresses addresses;
    private final MessageSource messages;

    PaymentController(
            PaymentRolls rolls,
            BankFiles bankFiles,
            FollowingUpFailedPayments returns,
            PaymentStatistics statistics,
            ClientAddresses addresses,
            MessageSource messages) {
        this.rolls = rolls;
        this.bankFiles = bankFiles;
        this.returns = returns;
        this.statistics = statistics;
        this.addresses = addresses;
        this.messages = messages;
    }

    @PostMapping("/api/v1/payments/rolls")
    ResponseEntity<RollResponse> build(Caller caller, @RequestBody RollRequest body) {
        RollRow roll = rolls.build(body.month(), body.regionCode(), scope(caller), caller.subject());
        RollResponse answer = RollResponse.of(roll, lines(rolls.lines(roll.id(), scope(caller))));
        return ResponseEntity.created(URI.create("/api/v1/payments/rolls/" + roll.id()))
                .body(answer);
    }

    @GetMapping("/api/v1/payments/rolls")
    ResponseEntity<List<RollResponse>> list(
            Caller caller,
            @RequestParam(required = false) String month,
            @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        PaymentRolls.RollPage found = rolls.list(month, regionCode, page, size, scope(caller));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(found.total()))
                .body(found.rolls().stream().map(r -> RollResponse.of(r, null)).toList());
    }

    @GetMapping("/api/v1/payments/rolls/{id}")
    RollResponse read(Caller caller, @PathVariable String id) {
        RollRow roll = rolls.roll(id, scope(caller));
        return RollResponse.of(roll, lines(rolls.lines(id, scope(caller))));
    }

    @GetMapping("/api/v1/payments/rolls/{id}/file")
    ResponseEntity<byte[]> file(Caller caller, @PathVariable String id, HttpServletRequest request) {
        RollRow roll = rolls.roll(id, scope(caller));
        String role = caller.hasRole(Roles.ADMIN) ? Roles.ADMIN : Roles.DISTRICT_APPROVER;
        BankFiles.BankFile content = bankFiles.export(id, scope(caller), caller.subject(), role, addresses.of(request));
        byte[] body = BankFileWorkbook.write(
                content.lines(), key -> messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
        String name = "payroll-" + roll.regionCode() + "-" + roll.month() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment().filename(name).build().toString())
                .header("Cache-Control", "no-store")
                .header(
                        "X-Account-Missing",
                        Integer.toString(content.accountMissing().size()))
                .body(body);
    }

    @PostMapping(path = "/api/v1/payments/rolls/{id}/returns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    FollowingUpFailedPayments.Reconciled reconcile(
            Caller caller, @PathVariable String id, @RequestParam("file") MultipartFile file) throws IOException {
        rolls.roll(id, scope(caller));
        return returns.reconcile(id, ReturnFileReader.read(file.getBytes()), scope(caller));
    }

    @GetMapping("/api/v1/payments/failures")
    List<LineResponse> failures(Caller caller, @RequestParam(required = false) String regionCode) {
        return lines(statistics.failedLines(regionCode, scope(caller)));
    }

    private List<LineResponse> lines(List<PaymentLine> lines) {
        return lines.stream()
                .map(l -> LineResponse.of(l, bankFiles.maskedAccount(l)))
                .toList();
    }

    /** The caller's district, or null for an administrator. */
    static String scope(Caller caller) {
        if (caller.hasRole(Roles.ADMIN)) {
            return null;
        }
        String region = caller.scope(Roles.CLAIM_REGION);
        return region == null ? "-" : region;
    }

    /** Body of the POST. */
    record RollRequest(String month, String regionCode) {}

    /**
     * A roll. {@code lines} are its lines (absent in the list); {@code lineCount} and {@code total} (yuan)
     * sum them; {@code accountMissing} counts the lines whose application has no payee account (they stay out of
     * the bank file until the resident gives one), absent in the list.
     */
    record RollResponse(
            String id,
            String month,
            String regionCode,
            String status,
            int lineCount,
            String total,
            int paid,
            int failed,
            String createdBy,
            OffsetDateTime createdAt,
            Integer accountMissing,
            List<LineResponse> lines) {

        static RollResponse of(RollRow r, List<LineResponse> lines) {
            return new RollResponse(
                    r.id(),
                    r.month(),
                    r.regionCode(),
                    r.status(),
                    r.lines(),
                    yuan(r.total()),
                    r.paid(),
                    r.failed(),
                    r.createBy(),
                    BusinessClock.toOffset(r.createTime()),
                    lines == null
                            ? null
                            : (int) lines.stream()
                                    .filter(LineResponse::accountMissing)
                                    .count(),
                    lines);
        }
    }

    /**
     * One line: the payee masked; {@code repaysLineId} and {@code repaysMonth} name the failed line a re-payment
     * (补发) pays again, null for the month's own line; {@code payeeAccount} the payee account masked (last 4
     * digits) and {@code payeeBank} its bank, null with {@code accountMissing} true when none was given.
     */
    record LineResponse(
            long id,
            String rollId,
            String month,
            String householdId,
            String applicationNo,
            String communityCode,
            String payeeName,
            String itemCode,
            String itemName,
            String amount,
            String status,
            String failReason,
            Long repaysLineId,
            String repaysMonth,
            String payeeAccount,
            String payeeBank,
            boolean accountMissing) {

        static LineResponse of(PaymentLine l, String maskedAccount) {
            return new LineResponse(
                    l.id(),
                    l.rollId(),
                    l.month(),
                    l.householdKey(),
                    l.applicationNo(),
                    l.communityCode(),
                    Masking.name(l.payeeName()),
                    l.itemCode(),
                    nameOf(l.itemCode()),
                    yuan(l.amount()),
                    l.status(),
                    l.failReason(),
                    l.repaysLineId(),
                    l.repaysMonth(),
                    maskedAccount,
                    l.payeeBank(),
                    l.accountMissing());
        }
    }

    private static String nameOf(String code) {
        try {
            return ItemCode.valueOf(code).zh();
        } catch (IllegalArgumentException retired) {
            return code;
        }
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
