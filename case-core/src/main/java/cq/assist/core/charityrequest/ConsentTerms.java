package cq.assist.core.charityrequest;

import cq.assist.core.charity.ProjectFundRow;
import cq.assist.core.common.CoreTexts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a resident agrees to before a request goes to a charity (PIPL art. 23: separate consent for
 * providing personal information to another processor; art. 29 for the medical figure): the recipient,
 * the purpose and exactly which {@link SharedField}s it will see. Pure: the same project gives the same
 * terms, and the text's SHA-256 is stored with the consent.
 *
 * @param organisation the recipient charity's name
 * @param purpose the purpose, Chinese
 * @param fields the fields shared, in {@link SharedField} order
 * @param text the full consent text, Chinese
 * @param textSha256 lowercase hex SHA-256 of {@code text} (UTF-8)
 */
public record ConsentTerms(
        String organisation, String purpose, List<SharedField> fields, String text, String textSha256) {

    public ConsentTerms {
        fields = List.copyOf(fields);
    }

    /**
     * The terms for a request to this project. Every project sees name, phone, community, causes, household
     * size and the assistance already received (so that the same need is not paid twice); a project about
     * illness or with a medical-expense condition also sees the household's own-paid medical expenses.
     */
    public static ConsentTerms of(ProjectFundRow project) {
        List<SharedField> fields = new ArrayList<>(List.of(
                SharedField.NAME,
                SharedField.PHONE,
                SharedField.COMMUNITY,
                SharedField.HARDSHIP_CAUSES,
                SharedField.HOUSEHOLD_SIZE));
        if (project.minMedicalExpenses() != null || project.causes().contains("ILLNESS")) {
            fields.add(SharedField.MEDICAL_EXPENSES);
        }
        fields.add(SharedField.ASSISTANCE_RECEIVED);
        String purpose = CoreTexts.zh("charity.consent.purpose", project.orgName(), project.name());
        String labels = fields.stream()
                .map(SharedField::zh)
                .collect(Collectors.joining(CoreTexts.zh("charity.field.separator")));
        String sensitive = fields.contains(SharedField.MEDICAL_EXPENSES)
                ? CoreTexts.zh("charity.consent.sensitive", SharedField.MEDICAL_EXPENSES.zh())
                : "";
        String text = CoreTexts.zh(
                "charity.consent.text",
                project.orgName(),
                project.name(),
                purpose,
                String.valueOf(fields.size()),
                labels,
                sensitive);
        return new ConsentTerms(project.orgName(), purpose, fields, text, sha256(text));
    }

    /** The field codes as stored ({@code charity_consent.shared_fields}). */
    public String fieldCodes() {
        return fields.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** Parses stored field codes. */
    public static List<SharedField> parse(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(","))
                .map(String::trim)
                .map(SharedField::valueOf)
                .toList();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
