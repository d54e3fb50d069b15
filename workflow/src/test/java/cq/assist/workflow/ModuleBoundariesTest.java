package cq.assist.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;

/**
 * The workflow sits between the apps and case-core: it knows no web, HTTP or app types, and its mappers
 * stay inside their package as case-core's do (a feature exposes a service, e.g. {@code StaffTasks}).
 */
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

    @Test
    void mappersArePackagePrivateToTheirFeature() {
        classes()
                .that()
                .areAnnotatedWith(Mapper.class)
                .should()
                .notBePublic()
                .because("a feature exposes a service or a read model; its mapper stays inside it")
                .allowEmptyShould(false)
                .check(workflow);
    }
}
