package cq.assist.webapi.scope;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.login.Roles;
import cq.assist.core.pii.PiiCipher;
import cq.assist.web.security.TokenService;
import cq.assist.web.test.HttpApi;
import cq.assist.web.test.PagingExtremes;
import cq.assist.webapi.pii.ApplicationRows;
import cq.assist.webapi.task.StaffTokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The whole role x endpoint x own/foreign matrix of web-api (issue 8's "leaks nothing"). Every endpoint the app
 * maps under {@code /api/v1} (read from Spring MVC's own handler mapping, so a new endpoint joins the matrix by
 * itself) is called by every kind of caller: no token, a street reviewer, a district approver, a housing
 * reviewer and a charity of 渝中区, a district approver of another district, an auditor and the administrator.
 * Path variables name a real application of 江北区 (foreign to the 渝中区 callers) or ids that exist nowhere.
 * Then, for every call:
 *
 * <ul>
 *   <li>no answer is a server error (5xx);
 *   <li>without a token, only the sign-in paths answer anything but 401;
 *   <li>an endpoint whose handler declares roles ({@code @PreAuthorize hasRole/hasAnyRole}) answers 403 to a
 *       caller with none of them;
 *   <li>no 渝中区 caller ever reads the 江北区 household: its application number, its member's ID number and
 *       its applicant's name appear in no answer (lists, exports and single reads alike).
 * </ul>
 *
 * A second walk tries the paging extremes on every paged list ({@link PagingExtremes}): a 400 naming the
 * parameter, never a 500.
 *
 * <p>The administrator and the auditor (city-wide by role) only read: their writes are covered by their own tests,
 * and a write with an empty body could rotate keys or move the demo clock under the rest of the suite. Callers
 * with a token skip the sign-in paths (a logout would end their token). The matrix is written to
 * {@code target/endpoint-matrix.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class EndpointMatrixIT {

    private static final String YUZHONG = "500103001001";
    private static final String JIANGBEI = "500105001001";
    private static final Pattern ROLES = Pattern.compile("'([A-Z_]+)'");
    /** Open without a token: signing in, and what the sign-in page needs. */
    private static final List<String> OPEN = List.of("/api/v1/auth/");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PiiCipher cipher;

    @Autowired
    TokenService tokenService;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Caller(String name, String token, Set<String> roles, boolean cityWide) {}

    /** One mapped endpoint; {@code multipart} when it reads a multipart form (it is sent one, empty). */
    record Endpoint(String method, String path, Set<String> declaredRoles, boolean multipart) {}

    @Test
    void noCallerReadsAnotherRegionsHouseholdAndEveryDeclaredRoleHolds() throws IOException {
        ApplicationRows rows = new ApplicationRows(jdbc, cipher);
        ApplicationRows.Filed foreign = rows.inCommunity(JIANGBEI);
        rows.caseAt(foreign, JIANGBEI, "DIBAO", "CIVIL_AFFAIRS", "DISTRICT_DECISION", "IN_REVIEW", "[\"x\"]");
        rows.caseAt(foreign, JIANGBEI, "HOUSING", "HOUSING", "DEPARTMENT_REVIEW", "IN_REVIEW", "[\"y\"]");
        String foreignNo = "IT" + foreign.applicationId().substring(0, 8);
        String foreignName = "江北户" + foreign.applicationId().substring(0, 6);
        jdbc.update("UPDATE application SET applicant_name = ? WHERE id = ?", foreignName, foreign.applicationId());

        List<Caller> callers = callers();

        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("web-api's endpoints under /api/v1").hasSizeGreaterThan(30);

        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("endpoint\tcaller\tstatus\n");
        for (Endpoint e : endpoints) {
            String path = concrete(e.path(), foreign);
            boolean write = !e.method().equals("GET");
            for (Caller c : callers) {
                if (write && c.cityWide()) {
                    continue;
                }
                if (c.token() != null && OPEN.stream().anyMatch(path::startsWith)) {
                    // signing in and out: a logout would end the caller's token for the rest of the matrix
                    continue;
                }
                HttpApi api = c.token() == null ? new HttpApi(port) : new HttpApi(port).as(c.token());
                HttpApi.Answer answer = !write
                        ? api.get(path)
                        : e.multipart()
                                ? api.send(
                                        e.method(),
                                        path,
                                        "--matrix--\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                        Map.of("Content-Type", "multipart/form-data; boundary=matrix"))
                                : api.send(e.method(), path, Map.of(), Map.of());
                int status = answer.status();
                String label = e.method() + " " + e.path() + " as " + c.name() + " -> " + status;
                report.append(e.method())
                        .append(' ')
                        .append(e.path())
                        .append('\t')
                        .append(c.name())
                        .append('\t')
                        .append(status)
                        .append('\n');
                if (status >= 500) {
                    failures.add(label + ": a server error");
                }
                if (c.token() == null && status != 401 && OPEN.stream().noneMatch(path::startsWith)) {
                    failures.add(label + ": answered without a token");
                }
                if (c.token() != null
                        && !e.declaredRoles().isEmpty()
                        && c.roles().stream().noneMatch(e.declaredRoles()::contains)
                        && status != 403) {
                    failures.add(label + ": the handler declares " + e.declaredRoles());
                }
                if (!c.cityWide() && c.token() != null) {
                    // a problem's "instance" is the caller's own request path, which may hold what it sent
                    String body = new String(answer.bytes(), java.nio.charset.StandardCharsets.UTF_8)
                                    .replaceAll("\"instance\":\"[^\"]*\"", "")
                            + answer.header("Content-Disposition");
                    for (String marker : List.of(foreignNo, foreign.memberIdNumber(), foreignName)) {
                        if (body.contains(marker)) {
                            failures.add(label + ": shows the 江北区 household (" + marker.charAt(0) + "...)");
                        }
                    }
                }
            }
        }
        Path out = Path.of("target", "endpoint-matrix.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        assertThat(failures).as("the matrix (all of it in " + out + ")").isEmpty();
    }

    /**
     * Every paged list (a {@code GET} whose handler takes {@code page}, found from the handler mapping) answers
     * each paging extreme ({@link PagingExtremes#EXTREMES}: {@code page=2147483647}, a page past the int range,
     * {@code size=0}, ...) with a 400 naming {@code page} or {@code size}, to every caller it lists for, and
     * never a server error to anyone (security review L3: these answered 500).
     */
    @Test
    void everyPagedListAnswersPagingExtremesWithA400NamingTheParameter() {
        List<String> paged = PagingExtremes.pagedLists(mappings);
        assertThat(paged)
                .as("web-api's paged lists")
                .contains(
                        "/api/v1/tasks",
                        "/api/v1/monitoring/runs",
                        "/api/v1/monitoring/alerts",
                        "/api/v1/payments/rolls",
                        "/api/v1/admin/audit",
                        "/api/v1/admin/incidents",
                        "/api/v1/admin/parameters/rescreen-households");
        List<String> failures = new ArrayList<>();
        for (String path : paged) {
            // the lists that need a filter to answer 200 at all get the plainest one
            String query =
                    switch (path) {
                        case "/api/v1/admin/incidents" -> path + "?status=OPEN";
                        case "/api/v1/admin/parameters/rescreen-households" -> path + "?regionCode=500103";
                        default -> path;
                    };
            int listedFor = 0;
            for (Caller c : callers()) {
                HttpApi api = c.token() == null ? new HttpApi(port) : new HttpApi(port).as(c.token());
                int plain = api.get(query).status();
                if (plain == 200) {
                    listedFor++;
                    failures.addAll(PagingExtremes.failures(api, query).stream()
                            .map(f -> f + " as " + c.name())
                            .toList());
                    continue;
                }
                for (String extreme : PagingExtremes.EXTREMES.keySet()) {
                    int status = api.get(query + (query.contains("?") ? "&" : "?") + extreme)
                            .status();
                    if (status >= 500) {
                        failures.add("GET " + query + " " + extreme + " as " + c.name() + " -> " + status);
                    }
                }
            }
            if (listedFor == 0) {
                failures.add("GET " + query + " listed for no caller: its paging went untried");
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Issue 7 ("nulls inside lists and numbers out of range are client errors"): a role list holding null (a
     * {@code NullPointerException}, 500, before), scope codes longer than their columns, and registry amounts
     * beyond their {@code DECIMAL} columns answer 400 naming each field; nothing is written.
     */
    @Test
    void requestBodiesWithNullRolesOrValuesBeyondTheirColumnsAreA400NamingTheField() {
        HttpApi admin = new HttpApi(port).as(new StaffTokens(tokenService).admin());
        Map<String, Object> nullRole = Map.of("roles", java.util.Arrays.asList((Object) null));
        Map<String, Object> newAccount = new LinkedHashMap<>();
        newAccount.put("username", "it.null-role");
        newAccount.put("displayName", "空角色");
        newAccount.put("roles", java.util.Arrays.asList(Roles.AUDITOR, null));
        newAccount.put("password", "Yuzhong#2026!x");

        HttpApi.Answer changed = admin.put("/api/v1/admin/accounts/mz.jiangbei", nullRole);
        HttpApi.Answer created = admin.post("/api/v1/admin/accounts", newAccount);
        HttpApi.Answer longCodes = admin.put(
                "/api/v1/admin/accounts/mz.jiangbei",
                Map.of(
                        "roles",
                        List.of(Roles.STREET_REVIEWER),
                        "department",
                        "D".repeat(33),
                        "regionCode",
                        "5".repeat(13)));
        HttpApi.Answer staged = admin.put(
                "/api/v1/dev/registry/persons/500103199001010011",
                Map.of(
                        "name",
                        "范围",
                        "monthlyWage",
                        new java.math.BigDecimal("1E11"),
                        "deposits",
                        new java.math.BigDecimal("1E13"),
                        "homeAreaSqm",
                        new java.math.BigDecimal("1E9"),
                        "vehicles",
                        Integer.MAX_VALUE));

        assertThat(fields(changed)).containsExactly("roles[0]");
        assertThat(fields(created)).containsExactly("roles[1]");
        assertThat(fields(longCodes)).containsExactlyInAnyOrder("departmentCode", "regionCode");
        assertThat(fields(staged)).containsOnly("monthlyWage", "deposits", "homeAreaSqm", "vehicles");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM staff_account WHERE username = 'it.null-role'", Integer.class))
                .isZero();
    }

    private static List<String> fields(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        answer.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private List<Caller> callers() {
        StaffTokens tokens = new StaffTokens(tokenService);
        return List.of(
                new Caller("no token", null, Set.of(), false),
                new Caller(
                        "street reviewer 500103001",
                        tokens.streetReviewer("500103001"),
                        Set.of(Roles.STREET_REVIEWER),
                        false),
                new Caller(
                        "district approver 500103",
                        tokens.districtApprover("500103"),
                        Set.of(Roles.DISTRICT_APPROVER),
                        false),
                new Caller(
                        "housing reviewer 500103",
                        tokens.staff(Roles.DEPARTMENT_REVIEWER, "HOUSING@500103"),
                        Set.of(Roles.DEPARTMENT_REVIEWER),
                        false),
                new Caller(
                        "charity DAZU",
                        tokenService
                                .issue(
                                        "it-" + UUID.randomUUID(),
                                        List.of(Roles.CHARITY),
                                        Map.of(Roles.CLAIM_CHARITY, "DAZU"))
                                .accessToken(),
                        Set.of(Roles.CHARITY),
                        false),
                new Caller(
                        "auditor",
                        tokenService
                                .issue("it-" + UUID.randomUUID(), List.of(Roles.AUDITOR), Map.of())
                                .accessToken(),
                        Set.of(Roles.AUDITOR),
                        true),
                new Caller("admin", tokens.admin(), Set.of(Roles.ADMIN), true));
    }

    /** Every mapped {@code /api/v1} endpoint with the roles its handler declares, if any. */
    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m :
                mappings.getHandlerMethods().entrySet()) {
            Set<String> declared = declaredRoles(m.getValue());
            Set<RequestMethod> methods = m.getKey().getMethodsCondition().getMethods();
            boolean multipart = m.getKey().getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(t -> t.isCompatibleWith(org.springframework.http.MediaType.MULTIPART_FORM_DATA));
            for (String pattern : m.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    found.add(new Endpoint(method.name(), pattern, declared, multipart));
                }
            }
        }
        found.sort(java.util.Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return found;
    }

    private static Set<String> declaredRoles(HandlerMethod handler) {
        PreAuthorize pre = handler.getMethodAnnotation(PreAuthorize.class);
        if (pre == null) {
            pre = handler.getBeanType().getAnnotation(PreAuthorize.class);
        }
        Set<String> roles = new TreeSet<>();
        if (pre != null && pre.value().matches("has(Any)?Role\\(.*\\)")) {
            Matcher m = ROLES.matcher(pre.value());
            while (m.find()) {
                roles.add(m.group(1));
            }
        }
        return roles;
    }

    /**
     * The path with its variables filled: an application's id is the 江北区 application's, every other id one
     * that exists nowhere; a year, an account and an ID number name real things of 江北区.
     */
    private static String concrete(String pattern, ApplicationRows.Filed foreign) {
        String path = pattern;
        if (path.startsWith("/api/v1/applications/{id}")) {
            path = path.replace("{id}", foreign.applicationId());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("year", "2027");
        values.put("username", "mz.jiangbei");
        values.put("idNumber", foreign.memberIdNumber());
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).split(":")[0];
            m.appendReplacement(
                    filled,
                    Matcher.quoteReplacement(
                            values.getOrDefault(name, UUID.randomUUID().toString())));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
