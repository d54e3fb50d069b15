package cq.assist.webapi.console;

import cq.assist.core.authorization.CoSigningTokens;
import cq.assist.core.authorization.PendingLink;
import cq.assist.core.authorization.SigningInPerson;
import cq.assist.core.charityrequest.RequestingCharityHelp;
import cq.assist.core.check.RegistryStaging;
import cq.assist.core.check.StagedPerson;
import cq.assist.core.files.StoredFileService;
import cq.assist.core.intake.ApplicationForm;
import cq.assist.core.intake.ApplicationForms;
import cq.assist.core.intake.Filer;
import cq.assist.core.intake.SubmittingApplication;
import cq.assist.core.itemcase.Decision;
import cq.assist.core.itemcase.HomeVisit;
import cq.assist.core.login.MobileAccountService;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.task.StaffTasks;
import cq.assist.workflow.task.TaskDecision;
import cq.assist.workflow.task.TaskScope;
import cq.assist.workflow.task.TaskView;
import cq.assist.workflow.task.WorkerVisits;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real cases for the browser tests, made the way the phone app makes them: the demo community worker
 * (13900000001, 金汤街社区) files for a staged registry person, the economic check, assessment and fan-out
 * run in Flowable, and the worker records the home visit with a photo. Nothing is inserted behind the
 * workflow's back except an overdue due time.
 */
final class ConsoleCases {

    static final String COMMUNITY = ApplicationForms.COMMUNITY;
    static final String WORKER_PHONE = "13900000001";

    private final SubmittingApplication submitting;
    private final RegistryStaging registry;
    private final StoredFileService files;
    private final MobileAccountService accounts;
    private final WorkerVisits visits;
    private final StaffTasks tasks;
    private final BusinessClock clock;
    private final JdbcTemplate jdbc;

    ConsoleCases(
            SubmittingApplication submitting,
            RegistryStaging registry,
            StoredFileService files,
            MobileAccountService accounts,
            WorkerVisits visits,
            StaffTasks tasks,
            BusinessClock clock,
            JdbcTemplate jdbc) {
        this.submitting = submitting;
        this.registry = registry;
        this.files = files;
        this.accounts = accounts;
        this.visits = visits;
        this.tasks = tasks;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /**
     * A filed application waiting for the street review; the applicant (unemployed, no wage) has {@code
     * income} yuan a month of other income, so 低保 is eligible with a proposed amount below the standard.
     */
    Filed atStreetReview(String name, String income) {
        Filed filed = atHomeVisit(name, income);
        visit(filed.applicationId());
        return filed;
    }

    /**
     * A filed application, checked and assessed (its charity matches made), whose home visit the community
     * worker has still to record: nothing is in a staff inbox yet.
     */
    Filed atHomeVisit(String name, String income) {
        String worker = accounts.recordLogin(WORKER_PHONE);
        TaskScope workerScope = TaskScope.of(worker, Set.of(Roles.COMMUNITY_WORKER), null, COMMUNITY);
        ApplicationForms.Person applicant = ApplicationForms.Person.aged(name, 52, clock.today());
        registry.stage(new StagedPerson(
                applicant.idNumber(),
                name,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal(income),
                new BigDecimal("1200.00"),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                null,
                new BigDecimal("18000.00"),
                false,
                false,
                applicant.phone()));
        String idCard = files.store(worker, png("身份证", new Color(0xd6e4f0))).fileId();
        String applicationId = submitting
                .submit(
                        Filer.worker(worker, COMMUNITY),
                        UUID.randomUUID().toString(),
                        ApplicationForms.single(applicant, idCard))
                .applicationId();
        eventually(() -> visits.open(workerScope).stream()
                .filter(t -> t.applicationId().equals(applicationId))
                .findFirst());
        String applicationNo =
                jdbc.queryForObject("SELECT application_no FROM application WHERE id = ?", String.class, applicationId);
        return new Filed(applicationId, applicationNo, applicant.idNumber(), name, applicant.phone());
    }

    /**
     * Steps 0 to 4 of {@code scripts/demo-journey.sh}: 李军 (48, disability grade 2, unemployed, 18,000 yuan of
     * medical costs), his wife 王芳 (46, 300 yuan wage) and their son 李小明 (15, in school) staged in the demo
     * registry with phones on file; the community worker files for them in person (ID card checked); every
     * member still to authorize signs in person before the worker (the son through his father); the economic
     * check runs and the worker records the one home visit (SUPPORT, with a photo).
     */
    Filed demoJourneyHousehold(CoSigningTokens links, SigningInPerson signing) {
        String worker = accounts.recordLogin(WORKER_PHONE);
        ApplicationForms.Person applicant = ApplicationForms.Person.aged("李军", 48, clock.today());
        ApplicationForms.Person spouse = ApplicationForms.Person.aged("王芳", 46, clock.today());
        ApplicationForms.Person child = ApplicationForms.Person.aged("李小明", 15, clock.today());
        registry.stage(staged(applicant, "0", "3000", 2, "18000", applicant.phone()));
        registry.stage(staged(spouse, "300", "2000", null, "0", spouse.phone()));
        registry.stage(staged(child, "0", "0", null, "0", null));
        String idCard = files.store(worker, png("身份证", new Color(0xd6e4f0))).fileId();
        ApplicationForm form = new ApplicationForm(
                new ApplicationForm.Applicant(applicant.name(), applicant.idNumber(), applicant.phone()),
                new ApplicationForm.Household(
                        COMMUNITY,
                        "渝中区七星岗街道金汤街 1 号",
                        List.of(
                                new ApplicationForm.Member(
                                        applicant.name(),
                                        applicant.idNumber(),
                                        "SELF",
                                        applicant.phone(),
                                        2,
                                        false,
                                        "UNEMPLOYED"),
                                new ApplicationForm.Member(
                                        spouse.name(), spouse.idNumber(), "SPOUSE", null, null, false, "EMPLOYED"),
                                new ApplicationForm.Member(
                                        child.name(), child.idNumber(), "CHILD", null, null, true, "STUDENT")),
                        new ApplicationForm.Housing(false, BigDecimal.ZERO)),
                List.of("ILLNESS", "DISABILITY"),
                "二级肢体残疾，失业，医疗支出大，无自有住房。",
                idCard,
                new ApplicationForm.SignedAuthorization(ApplicationForms.LETTER, ApplicationForms.signaturePng(), true),
                "ID_CARD_IN_PERSON");
        String applicationId = submitting
                .submit(Filer.worker(worker, COMMUNITY), UUID.randomUUID().toString(), form)
                .applicationId();
        for (PendingLink link : links.pending(applicationId)) {
            String token = link.authorizeUrl().substring(link.authorizeUrl().indexOf("token=") + 6);
            boolean minor = link.memberSeq() == 2;
            signing.sign(
                    worker,
                    token,
                    minor ? "GUARDIAN_DOCUMENT" : "ID_CARD_IN_PERSON",
                    ApplicationForms.signaturePng(),
                    minor ? applicant.name() : null);
        }
        visit(applicationId, "入户核实：家中无劳动收入，住房为租住。", new BigDecimal("106.568000"));
        String applicationNo =
                jdbc.queryForObject("SELECT application_no FROM application WHERE id = ?", String.class, applicationId);
        return new Filed(applicationId, applicationNo, applicant.idNumber(), applicant.name(), applicant.phone());
    }

    /** The community worker records the home visit the application waits for (SUPPORT, with a photo). */
    void visit(String applicationId) {
        visit(applicationId, "住房简陋，申请人长期患病无法工作，家中无其他收入来源。", new BigDecimal("106.577000"));
    }

    private void visit(String applicationId, String findings, BigDecimal longitude) {
        String worker = accounts.recordLogin(WORKER_PHONE);
        TaskScope workerScope = TaskScope.of(worker, Set.of(Roles.COMMUNITY_WORKER), null, COMMUNITY);
        TaskView visit = eventually(() -> visits.open(workerScope).stream()
                .filter(t -> t.applicationId().equals(applicationId))
                .findFirst());
        String photo = files.store(worker, png("入户照片", new Color(0xf3e2c7))).fileId();
        visits.record(
                visit.taskId(),
                new HomeVisit(findings, "SUPPORT", List.of(photo), new BigDecimal("29.556000"), longitude),
                workerScope);
    }

    private static StagedPerson staged(
            ApplicationForms.Person person,
            String wage,
            String deposits,
            Integer disabilityGrade,
            String medical,
            String phone) {
        return new StagedPerson(
                person.idNumber(),
                person.name(),
                new BigDecimal(wage),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal(deposits),
                BigDecimal.ZERO,
                0,
                BigDecimal.ZERO,
                0,
                0,
                disabilityGrade,
                new BigDecimal(medical),
                false,
                false,
                phone);
    }

    /**
     * The applicant, logged in on the phone app and real-name bound, asks the charity project for help and
     * consents to share the project's fields; returns the request id.
     */
    String charityRequest(Filed filed, String projectId, RequestingCharityHelp charity, PiiCipher cipher) {
        String resident = accounts.recordLogin(filed.phone());
        accounts.bind(
                resident,
                new MobileAccounts.RealName(
                        filed.name(),
                        filed.idNumber(),
                        cipher.blindIndex(filed.idNumber()),
                        "TEST",
                        "console-it",
                        clock.now()));
        return charity.request(Filer.resident(resident), filed.applicationId(), projectId, true, null)
                .id();
    }

    /**
     * The application's 低保 case after the street review approved it (as the street office of 七星岗街道
     * would): its 7-day public notice is running.
     */
    Filed atPublicNotice(String name, String income) {
        Filed filed = atStreetReview(name, income);
        TaskScope street = TaskScope.of(
                "it-street-" + UUID.randomUUID(), Set.of(Roles.STREET_REVIEWER), "CIVIL_AFFAIRS@500103001", null);
        TaskView review = eventually(() -> tasks.open(street).stream()
                .filter(t -> t.applicationId().equals(filed.applicationId()) && "DIBAO".equals(t.itemCode()))
                .findFirst());
        tasks.claim(review.taskId(), street);
        tasks.complete(review.taskId(), new TaskDecision(Decision.APPROVE, "入户调查属实，同意公示。", null), street);
        eventually(() -> Optional.ofNullable(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM item_case WHERE application_id = ? AND status = 'PUBLIC_NOTICE'",
                        Integer.class,
                        filed.applicationId()))
                .filter(n -> n > 0));
        return filed;
    }

    /** Ends the application's running public notices now (their 7-day timers fire). */
    void endNotice(String applicationId, ManagementService management) {
        List<String> processes = jdbc.queryForList(
                "SELECT process_instance_id FROM item_case WHERE application_id = ? AND status = 'PUBLIC_NOTICE'",
                String.class,
                applicationId);
        for (String pid : processes) {
            Job timer = management.createTimerJobQuery().processInstanceId(pid).singleResult();
            management.moveTimerToExecutableJob(timer.getId());
        }
    }

    /** Moves the application's open steps' due time three days into the past (both copies: task and case). */
    void makeOverdue(String applicationId) {
        Timestamp past = Timestamp.from(clock.now().minus(Duration.ofDays(3)));
        jdbc.update(
                "UPDATE ACT_RU_TASK SET DUE_DATE_ = ? WHERE PROC_INST_ID_ IN (SELECT process_instance_id FROM item_case"
                        + " WHERE application_id = ?)",
                past,
                applicationId);
        jdbc.update(
                "UPDATE item_case SET due_at = ? WHERE application_id = ? AND due_at IS NOT NULL", past, applicationId);
    }

    /** Waits (up to 60 s) until the probe finds something. */
    static <T> T eventually(Supplier<Optional<T>> probe) {
        Instant until = Instant.now().plusSeconds(60);
        Optional<T> value = probe.get();
        while (value.isEmpty() && Instant.now().isBefore(until)) {
            Browser.pause(250);
            value = probe.get();
        }
        return value.orElseThrow(() -> new AssertionError("not there after 60 s"));
    }

    /** A small real PNG with a caption, like a phone photo. */
    static byte[] png(String caption, Color background) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0x5a4632));
        g.fillRect(40, 120, 240, 90);
        g.setColor(new Color(0x8c2f1b));
        g.fillPolygon(new int[] {30, 160, 290}, new int[] {125, 40, 125}, 3);
        g.setColor(Color.DARK_GRAY);
        g.drawString(caption, 12, 20);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filed application: its id, number and the applicant's full ID number, name and phone. */
    record Filed(String applicationId, String applicationNo, String idNumber, String name, String phone) {}
}
