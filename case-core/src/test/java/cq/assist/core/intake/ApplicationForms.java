package cq.assist.core.intake;

import cq.assist.core.household.IdNumber;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * Fixtures: valid application forms with unique people (random ID sequence numbers and phones), built
 * relative to a given day so ages are exact.
 */
public final class ApplicationForms {

    public static final String COMMUNITY = "500103001001";
    public static final String LETTER = "2026-01";

    private ApplicationForms() {}

    /** A person with a unique ID number and phone, born {@code age} years before {@code today}. */
    public record Person(String name, String idNumber, String phone) {

        public static Person aged(String name, int age, LocalDate today) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDate birth = today.minusYears(age).minusDays(random.nextInt(1, 300));
            String id = IdNumber.of("500103", birth, random.nextInt(1, 999));
            String phone = "13" + (5 + random.nextInt(4)) + String.format("%08d", random.nextInt(100_000_000));
            return new Person(name, id, phone);
        }

        public ApplicationForm.Member member(String relation) {
            return new ApplicationForm.Member(name, idNumber, relation, phone, null, false, "UNEMPLOYED");
        }
    }

    /** An applicant alone. */
    public static ApplicationForm single(Person applicant, String photoFileId) {
        return form(applicant, List.of(applicant.member("SELF")), photoFileId);
    }

    /** An applicant with the given other members (in order after the SELF member). */
    public static ApplicationForm withMembers(Person applicant, String photoFileId, ApplicationForm.Member... others) {
        List<ApplicationForm.Member> members = new ArrayList<>();
        members.add(applicant.member("SELF"));
        members.addAll(List.of(others));
        return form(applicant, members, photoFileId);
    }

    public static ApplicationForm form(Person applicant, List<ApplicationForm.Member> members, String photoFileId) {
        return new ApplicationForm(
                new ApplicationForm.Applicant(applicant.name(), applicant.idNumber(), applicant.phone()),
                new ApplicationForm.Household(
                        COMMUNITY,
                        "重庆市渝中区七星岗街道测试路1号",
                        members,
                        new ApplicationForm.Housing(false, new BigDecimal("35.5"))),
                List.of("ILLNESS", "DISABILITY"),
                "因病致贫，长期治疗。",
                photoFileId,
                new ApplicationForm.SignedAuthorization(LETTER, signaturePng(), true));
    }

    /** Base64 of a small real PNG. */
    public static String signaturePng() {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, Color.BLACK.getRGB());
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return java.util.Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
