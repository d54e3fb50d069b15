package cq.assist.core.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules are pure Java: no Spring, no database, no I/O, nothing from the rest of the project. */
class RulesArchitectureTest {

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cq.assist.core.rules");

    @Test
    void rulesDependOnlyOnTheJdkAndThemselves() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "cq.assist.core.rules..", "java.lang..", "java.math..", "java.time..", "java.util..")
                .check(rules);
    }
}
