package cq.assist.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.ibatis.annotations.Mapper;
import org.junit.jupiter.api.Test;

/**
 * The feature packages of case-core ({@code intake}, {@code authorization}, {@code notify}, ...) form no
 * cycle, and each feature's MyBatis mappers are its own: other features go through the feature's service.
 * Where one feature must call back into another that depends on it, the lower one declares a port
 * ({@code intake.ApplicationProcessPort}, {@code intake.AuthorizationPort}, {@code notify.MessageAddressees})
 * and the higher one implements it. The import is checked too, so the rules cannot pass on no classes.
 */
class FeatureBoundariesTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cq.assist.core");

    @Test
    void importedTheWholeOfCaseCore() {
        assertThat(core.size()).as("classes imported").isGreaterThan(300);
        assertThat(core.stream()
                        .map(c -> c.getPackageName().split("\\."))
                        .filter(parts -> parts.length > 3)
                        .map(parts -> parts[3])
                        .distinct())
                .as("feature packages imported")
                .contains("intake", "authorization", "notify", "itemcase", "rules", "fanout", "monitoring")
                .hasSizeGreaterThan(20);
        assertThat(core.stream().filter(c -> c.isAnnotatedWith(Mapper.class)))
                .as("MyBatis mappers imported")
                .hasSizeGreaterThan(20);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("cq.assist.core.(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(false)
                .check(core);
    }

    @Test
    void mappersArePackagePrivateToTheirFeature() {
        MapperRules.STAY_IN_THEIR_FEATURE.check(core);
    }
}
