package cq.assist.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import cq.assist.core.MapperRules;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;

/**
 * The workflow sits between the apps and case-core: it knows no web, HTTP or app types, and its mappers
 * stay inside their package as case-core's do (a feature exposes a service, e.g. {@code StaffTasks}). The
 * import is checked too, so the rules cannot pass on no classes.
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
    void importedTheWorkflowWithItsMappers() {
        assertThat(workflow.size()).as("classes imported").isGreaterThan(40);
        assertThat(workflow.stream().filter(c -> c.isAnnotatedWith(Mapper.class)))
                .as("MyBatis mappers imported")
                .isNotEmpty();
    }

    @Test
    void mappersArePackagePrivateToTheirFeature() {
        MapperRules.STAY_IN_THEIR_FEATURE.check(workflow);
    }
}
