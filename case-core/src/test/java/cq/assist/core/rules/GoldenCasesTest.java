package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Runs every golden case in {@code src/test/resources/golden}: household in, decisions out. */
class GoldenCasesTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException, URISyntaxException {
        return files().stream().map(file -> {
            JsonNode root = JSON.readTree(file.toFile());
            return DynamicTest.dynamicTest(
                    file.getFileName() + ": " + root.path("name").asString(),
                    file.toUri(),
                    () -> check(GoldenCase.parse(root)));
        });
    }

    @Test
    void thereAreAtLeastSixtyGoldenCases() throws IOException, URISyntaxException {
        assertThat(files()).hasSizeGreaterThanOrEqualTo(60);
    }

    private static List<Path> files() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenCasesTest.class.getResource("/golden").toURI());
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static void check(GoldenCase golden) {
        Assessment assessment =
                Assessor.assess(golden.household(), golden.parameters(), golden.date(), golden.projects());
        JsonNode expect = golden.expect();
        for (Map.Entry<String, JsonNode> item : expect.path("items").properties()) {
            checkItem(assessment.decision(ItemCode.valueOf(item.getKey())), item.getValue());
        }
        if (expect.has("perCapitaIncome")) {
            String income = assessment.perCapitaIncome() == null
                    ? null
                    : assessment.perCapitaIncome().toPlainString();
            assertThat(income)
                    .as("perCapitaIncome")
                    .isEqualTo(expect.get("perCapitaIncome").asString(null));
        }
        if (expect.has("householdSize")) {
            assertThat(assessment.householdSize())
                    .as("householdSize")
                    .isEqualTo(expect.get("householdSize").asInt());
        }
        if (expect.has("applyFree")) {
            assertThat(assessment.applyFreeGrants())
                    .as("apply-free grants")
                    .containsExactlyElementsOf(GoldenCase.enums(expect.get("applyFree"), ItemCode.class));
        }
        if (expect.has("causes")) {
            assertThat(assessment.causes())
                    .as("causes")
                    .containsExactlyInAnyOrderElementsOf(GoldenCase.enums(expect.get("causes"), HardshipCause.class));
        }
        if (expect.has("charity")) {
            List<String> ids = new ArrayList<>();
            expect.get("charity").forEach(id -> ids.add(id.asString()));
            assertThat(assessment.charityMatches())
                    .as("charity matches, best first")
                    .extracting(CharityMatch::projectId)
                    .containsExactlyElementsOf(ids);
        }
        if (expect.has("charityReasons")) {
            String all = String.join(" | ", assessment.charityMatches().get(0).reasonTexts());
            expect.get("charityReasons").forEach(word -> assertThat(all).contains(word.asString()));
        }
    }

    private static void checkItem(ItemDecision decision, JsonNode expected) {
        String reasons = String.join(" | ", decision.reasonTexts());
        String what = decision.code() + " (reasons: " + reasons + ")";
        if (expected.isString()) {
            assertThat(decision.outcome()).as(what).isEqualTo(Outcome.valueOf(expected.asString()));
            return;
        }
        assertThat(decision.outcome())
                .as(what)
                .isEqualTo(Outcome.valueOf(expected.get("outcome").asString()));
        if (expected.has("amount")) {
            String amount = decision.amount() == null ? null : decision.amount().toPlainString();
            assertThat(amount)
                    .as(what + " amount")
                    .isEqualTo(expected.get("amount").asString(null));
        }
        for (JsonNode word : expected.path("reasons")) {
            assertThat(reasons).as(what + " reasons").contains(word.asString());
        }
        if (expected.has("joint")) {
            assertThat(decision.joint())
                    .as(what + " joint")
                    .isEqualTo(expected.get("joint").asBoolean());
        }
        for (JsonNode param : expected.path("parameters")) {
            assertThat(decision.parametersUsed())
                    .as(what + " parameters used")
                    .extracting(p -> p.key() + "@" + p.regionCode() + "@" + p.effectiveFrom())
                    .contains(param.asString());
        }
    }
}
