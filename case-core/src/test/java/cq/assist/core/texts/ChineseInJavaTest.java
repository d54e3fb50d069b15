package cq.assist.core.texts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Words for people live in the message bundles, not in Java (issue 13): no Chinese character may appear
 * in the main Java sources of the product's modules outside comments and Javadoc, and every bundle has its
 * English file with the same keys. {@code benchmarks} is not the product (its generated test data may be
 * Chinese) and is not scanned.
 */
class ChineseInJavaTest {

    private static final List<String> MODULES =
            List.of("sql", "case-core", "seeds", "workflow", "web-common", "web-api", "mobile-api");

    @Test
    void mainJavaSourcesHoldNoChineseOutsideComments() throws IOException {
        Path root = repositoryRoot();
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String module : MODULES) {
            Path sources = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    scanned++;
                    String code = Files.readString(file, StandardCharsets.UTF_8);
                    for (String hit : JavaLiterals.chineseOutsideComments(code)) {
                        found.add(root.relativize(file) + ": " + hit);
                    }
                }
            }
        }
        assertThat(scanned).as("Java files scanned").isGreaterThan(100);
        assertThat(found)
                .as("Chinese in Java code: put it in messages/*.properties (zh-CN, with the _en file beside)")
                .isEmpty();
    }

    @Test
    void everyBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        Path root = repositoryRoot();
        int bundles = 0;
        for (String module : MODULES) {
            Path dir = root.resolve(module).resolve("src/main/resources/messages");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path zh : files.filter(f -> f.toString().endsWith(".properties")
                                && !f.toString().endsWith("_en.properties"))
                        .toList()) {
                    Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
                    assertThat(en).as("English beside " + root.relativize(zh)).isRegularFile();
                    assertThat(load(en).stringPropertyNames())
                            .as(root.relativize(en) + " keys")
                            .isEqualTo(load(zh).stringPropertyNames());
                    bundles++;
                }
            }
        }
        assertThat(bundles).as("bundles checked").isGreaterThanOrEqualTo(6);
    }

    @Test
    void findsChineseInLiteralsButNotInComments() {
        String code =
                """
                /** 公示 in Javadoc */
                class A {
                    // 注释
                    /* 块注释 */
                    String a = "plain";
                    String b = "低保";
                    char c = '甲';
                    String d = "escaped \\" quote 特困";
                    String e = \"""
                        文本块
                        \""";
                }
                """;
        assertThat(JavaLiterals.chineseOutsideComments(code))
                .containsExactly(
                        "line 6: \"低保\"", "line 7: '甲'", "line 8: \"escaped \\\" quote 特困\"", "line 9: text block");
    }

    private static Properties load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Properties properties = new Properties();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        for (String base : new String[] {System.getProperty("assist.repo", ""), ".", ".."}) {
            Path candidate =
                    Path.of(base.isEmpty() ? "." : base).toAbsolutePath().normalize();
            if (Files.isDirectory(candidate.resolve("case-core"))
                    && Files.isRegularFile(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("cannot find the repository root (set -Dassist.repo=<repository root>)");
    }
}
