package cq.assist.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * Every use-case class of case-core has a test of its own beside it (issue 13, "a unit test for each
 * use-case class"). A use-case class is a Spring bean of case-core: a {@code @Service} or a {@code @Component}
 * (configuration classes aside). Its test is {@code <Name>Test} (Surefire) or {@code <Name>IT} (Failsafe,
 * MariaDB) in the same package, or a test named for one aspect of it ({@code PiiCipherBytesTest}).
 *
 * <p>The classes still without one are listed in {@code use-cases-without-test.txt} (one fully qualified name
 * a line): the list may only shrink. A class missing from it without a test fails, and so does a listed class
 * that has a test by now (take it off the list) or no longer exists.
 */
class UseCaseTestsTest {

    private static final String ALLOW_LIST = "/use-cases-without-test.txt";

    private final List<JavaClass> useCases = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cq.assist.core").stream()
                    .filter(c -> c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Component.class))
                    .filter(c -> !c.isAnnotatedWith(Configuration.class))
                    .filter(c -> c.getEnclosingClass().isEmpty())
                    .toList();

    @Test
    void foundTheUseCasesAndTheirTests() {
        assertThat(useCases).as("use-case classes of case-core").hasSizeGreaterThan(100);
        assertThat(tests).as("test classes of case-core").contains(UseCaseTestsTest.class.getName());
    }

    @Test
    void everyUseCaseHasATestOrIsStillOnTheShrinkingList() throws IOException {
        Set<String> allowed = allowList();
        Set<String> untested = useCases.stream()
                .map(JavaClass::getName)
                .filter(name -> !hasTest(name))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(untested)
                .as("use-case classes without a <Name>Test or <Name>IT (write one; the list only shrinks)")
                .isSubsetOf(allowed);
        assertThat(allowed)
                .as("listed in %s but tested by now or gone: take them off the list", ALLOW_LIST)
                .isSubsetOf(untested);
    }

    private final Set<String> tests = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("cq.assist.core").stream()
                    .map(JavaClass::getName)
                    .filter(name -> !name.contains("$") && (name.endsWith("Test") || name.endsWith("IT")))
                    .collect(Collectors.toSet());

    private final Set<String> mainClasses = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cq.assist.core").stream()
                    .map(JavaClass::getName)
                    .collect(Collectors.toSet());

    /** {@code FooTest}, {@code FooIT}, or {@code FooBarTest} when there is no class {@code FooBar} it would test. */
    private boolean hasTest(String className) {
        return tests.stream()
                .map(test -> test.substring(0, test.length() - (test.endsWith("IT") ? 2 : 4)))
                .anyMatch(subject ->
                        subject.equals(className) || (subject.startsWith(className) && !mainClasses.contains(subject)));
    }

    private static Set<String> allowList() throws IOException {
        try (InputStream in = UseCaseTestsTest.class.getResourceAsStream(ALLOW_LIST)) {
            assertThat(in).as(ALLOW_LIST).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
