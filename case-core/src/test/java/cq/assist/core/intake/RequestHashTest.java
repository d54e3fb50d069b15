package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.intake.ApplicationForms.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RequestHashTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Person applicant = Person.aged("李军", 45, LocalDate.of(2026, 11, 23));

    @Test
    void sameContentGivesTheSameHashWhateverTheOrderOfJsonMembers() {
        String a = "{\"narrative\":\"x\",\"idCardPhotoFileId\":\"f\",\"hardshipCauses\":[\"ILLNESS\"]}";
        String b = "{\"hardshipCauses\":[\"ILLNESS\"],\"idCardPhotoFileId\":\"f\",\"narrative\":\"x\"}";
        assertThat(RequestHash.of(JSON.readValue(a, ApplicationForm.class)))
                .isEqualTo(RequestHash.of(JSON.readValue(b, ApplicationForm.class)))
                .hasSize(64);
    }

    @Test
    void anyChangedValueChangesTheHash() {
        ApplicationForm form = ApplicationForms.single(applicant, "file-1");
        ApplicationForm other = ApplicationForms.single(applicant, "file-2");
        assertThat(RequestHash.of(form)).isEqualTo(RequestHash.of(ApplicationForms.single(applicant, "file-1")));
        assertThat(RequestHash.of(form)).isNotEqualTo(RequestHash.of(other));
    }

    @Test
    void canonicalJsonListsPropertiesAlphabetically() {
        String json = RequestHash.canonicalJson(ApplicationForms.single(applicant, "file-1"));
        assertThat(json.indexOf("\"applicant\"")).isLessThan(json.indexOf("\"authorization\""));
        assertThat(json.indexOf("\"authorization\"")).isLessThan(json.indexOf("\"hardshipCauses\""));
        assertThat(json.indexOf("\"household\"")).isLessThan(json.indexOf("\"idCardPhotoFileId\""));
    }
}
