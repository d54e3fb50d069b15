package cq.assist.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The workflow sits between the apps and case-core: it knows no web, HTTP or app types. */
class ModuleBoundariesTest {

    private final JavaClasses workflow = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cq.assist.workflow");

    @Test
    void knowsNoWebOrAppTypes() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cq.assist.web..",
                        "cq.assist.webapi..",
                        "cq.assist.mobile..",
                        "jakarta.servlet..",
                        "org.springframework.web..")
                .check(workflow);
    }
}
