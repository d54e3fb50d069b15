package cq.assist.webapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The two apps never depend on each other; staff endpoints never exist in mobile-api. */
class ModuleBoundariesTest {

    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cq.assist.webapi");

    @Test
    void doesNotDependOnTheOtherApp() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("cq.assist.mobile..")
                .check(app);
    }
}
