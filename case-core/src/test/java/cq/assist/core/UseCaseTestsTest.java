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
import org.apache.ibatis.annotations.Mapper;
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
 *
 * <p>Mappers likewise ("mapper tests in case-core against MariaDB"): every {@code @Mapper} of case-core has a
 * {@code <Name>IT} beside it that runs its SQL on MariaDB ({@code testdb.MariaDb}), or is listed in
 * {@code mappers-without-it.txt}, a list that may only shrink. The apps' ITs run every mapper too, through
 * the use cases; this list counts the ones without a test of their own SQL.
 */
class UseCaseTestsTest {

    private static final String ALLOW_LIST = "/use-cases-without-test.txt";
    private static final String MAPPER_ALLOW_LIST = "/mappers-without-it.txt";

    private final List<JavaClass> useCases = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cq.assist.core").stream()
                    .filter(c -> c.isAnnotatedWith(Service.class) || c.isAnnotatedWith(Component.class))
                    .filter(c -> !c.isAnnotatedWith(Configuration.class))
                    .filter(c -> c.getEnclosingClass().isEmpty())
                    .toList();

    private final List<JavaClass> mappers = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cq.assist.core").stream()
                    .filter(c -> c.isAnnotatedWith(Mapper.class))
                    .toList();

    @Test
    void everyMapperHasAMariaDbTestOrIsStillOnTheShrinkingList() throws IOException {
        Set<String> allowed = allowList(MAPPER_ALLOW_LIST);
        Set<String> untested = mappers.stream()
                .map(JavaClass::getName)
                .filter(name -> !tests.contains(name + "IT"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(mappers).as("mappers of case-core").hasSizeGreaterThan(40);
        assertThat(untested)
                .as("mappers without a <Name>IT on MariaDB (write one; the list only shrinks)")
                .isSubsetOf(allowed);
        assertThat(allowed)
                .as("listed in %s but tested by now or gone: take them off the list", MAPPER_ALLOW_LIST)
                .isSubsetOf(untested);
    }

    @Test
    void foundTheUseCasesAndTheirTests() {
        assertThat(useCases).as("use-case classes of case-core").hasSizeGreaterThan(100);
        assertThat(tests).as("test classes of case-core").contains(UseCaseTestsTest.class.getName());
    }

    @Test
    void everyUseCaseHasATestOrIsStillOnTheShrinkingList() throws IOException {
        Set<String> allowed = allowList(ALLOW_LIST);
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

    private static Set<String> allowList(String resource) throws IOException {
        try (InputStream in = UseCaseTestsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
