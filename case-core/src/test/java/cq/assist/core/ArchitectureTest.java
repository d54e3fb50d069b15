package cq.assist.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import cq.assist.core.notify.SmsBudget;
import cq.assist.core.notify.SmsGateway;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * case-core stays free of workflow, web and security framework types, and every SMS to a person passes the daily
 * budgets: only {@code SmsBudget} calls the {@code SmsGateway} port.
 */
class ArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cq.assist.core");

    /** The rules below hold for no class at all if the import is empty: this one fails then. */
    @Test
    void importedTheWholeOfCaseCore() {
        assertThat(core.size()).as("classes imported").isGreaterThan(300);
        assertThat(core.contain(SmsBudget.class)).isTrue();
    }

    @Test
    void caseCoreImportsNoFlowable() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.flowable..")
                .check(core);
    }

    @Test
    void caseCoreImportsNoServletOrWebTypes() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.springframework.http..")
                .check(core);
    }

    @Test
    void caseCoreImportsNoSecurityFrameworkButPasswordHashing() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("org.springframework.security..")
                        .and(not(resideInAPackage("org.springframework.security.crypto.."))))
                .check(core);
    }

    @Test
    void caseCoreDoesNotReachIntoOuterModules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cq.assist.workflow..", "cq.assist.web..", "cq.assist.webapi..", "cq.assist.mobile..")
                .check(core);
    }

    @Test
    void onlyTheSmsBudgetCallsTheSmsGateway() {
        Set<String> callers = core.stream()
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .filter(call -> call.getTargetOwner().isAssignableTo(SmsGateway.class)
                        && call.getName().equals("send"))
                .map(call -> call.getOriginOwner().getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(callers)
                .as("codes, reminders and status messages all count against the daily SMS budgets (issue 7)")
                .containsExactly(SmsBudget.class.getName());
    }
}
