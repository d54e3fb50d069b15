package cq.assist.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One golden case file: a name, the date, the household in, the parameters ("seeded" plus optional extra
 * rows), charity projects, and the expected decisions out. See {@code golden/README.md}.
 */
record GoldenCase(
        String name,
        LocalDate date,
        HouseholdSnapshot household,
        PolicyParameters parameters,
        List<CharityProject> projects,
        JsonNode expect) {

    static GoldenCase parse(JsonNode root) {
        List<ParameterRow> rows = new ArrayList<>(SeededParameters.rows());
        for (JsonNode row : root.path("extraParameters")) {
            rows.add(new ParameterRow(
                    row.get("key").asString(),
                    row.get("region").asString(),
                    LocalDate.parse(row.get("from").asString()),
                    row.get("value").decimalValue(),
                    row.path("unit").asString("YUAN_MONTH"),
                    "golden case"));
        }
        List<CharityProject> projects = new ArrayList<>();
        for (JsonNode p : root.path("charityProjects")) {
            projects.add(project(p));
        }
        return new GoldenCase(
                root.get("name").asString(),
                LocalDate.parse(root.get("date").asString()),
                household(root.get("household")),
                PolicyParameters.of(rows, SeededParameters.regionNames()),
                projects,
                root.path("expect"));
    }

    private static HouseholdSnapshot household(JsonNode h) {
        List<Member> members = new ArrayList<>();
        for (JsonNode m : h.get("members")) {
            members.add(member(m));
        }
        JsonNode housing = h.path("housing");
        return new HouseholdSnapshot(
                h.path("id").asString("H-golden"),
                h.path("regionCode").asString(Households.YUZHONG_COMMUNITY),
                h.path("urban").asBoolean(true),
                new Housing(
                        housing.path("ownsHome").asBoolean(false),
                        housing.has("areaSqm") ? housing.get("areaSqm").decimalValue() : BigDecimal.ZERO),
                enums(h.path("declaredCauses"), HardshipCause.class),
                h.path("legalMatter").asBoolean(false),
                members.get(0).memberId(),
                members,
                enums(h.path("heldOrPending"), ItemCode.class));
    }

    private static Member member(JsonNode m) {
        Households.Facts facts = Households.facts();
        for (Map.Entry<String, JsonNode> fact : m.path("facts").properties()) {
            JsonNode value = fact.getValue();
            if (value.isString() && value.asString().equals("NOT_FOUND")) {
                facts.notFound(fact.getKey());
            } else if (value.isString()) {
                facts.set(fact.getKey(), value.asString());
            } else if (value.isBoolean()) {
                facts.set(fact.getKey(), value.asBoolean());
            } else {
                facts.set(fact.getKey(), value.decimalValue());
            }
        }
        String id = m.get("id").asString();
        return new Member(
                id,
                m.path("name").asString(id),
                Relation.valueOf(m.path("relation").asString("SELF")),
                LocalDate.parse(m.get("birthDate").asString()),
                Employment.valueOf(m.path("employment").asString("UNEMPLOYED")),
                m.path("student").asBoolean(false),
                m.hasNonNull("declaredDisabilityGrade")
                        ? m.get("declaredDisabilityGrade").asInt()
                        : null,
                facts.build());
    }

    private static CharityProject project(JsonNode p) {
        List<String> regions = new ArrayList<>();
        for (JsonNode r : p.path("regionCodes")) {
            regions.add(r.asString());
        }
        return new CharityProject(
                p.get("id").asString(),
                p.path("name").asString(p.get("id").asString()),
                p.path("organisation").asString("慈善组织"),
                enums(p.path("causes"), HardshipCause.class),
                regions,
                p.hasNonNull("minAge") ? p.get("minAge").asInt() : null,
                p.hasNonNull("maxAge") ? p.get("maxAge").asInt() : null,
                p.path("requiresDibao").asBoolean(false),
                p.path("requiresLowIncome").asBoolean(false),
                p.hasNonNull("minMedicalExpenses") ? p.get("minMedicalExpenses").decimalValue() : null,
                p.has("fundBalance") ? p.get("fundBalance").decimalValue() : new BigDecimal("100000"),
                p.has("perPersonCap") ? p.get("perPersonCap").decimalValue() : new BigDecimal("5000"),
                p.path("active").asBoolean(true));
    }

    static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (JsonNode value : array) {
            values.add(Enum.valueOf(type, value.asString()));
        }
        return values;
    }

    @Override
    public String toString() {
        return name;
    }
}
