package cq.assist.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every name the seeds give a department, a region, a charity organisation or project has its twin in the
 * bundle {@code messages/names} (case-core): the same Chinese, and an English name without Chinese, so an
 * English reader of the H5 app never meets a Chinese name the system wrote.
 */
class NamesBundleTest {

    private static final ResourceBundle ZH = ResourceBundle.getBundle("messages/names", Locale.ROOT);
    private static final ResourceBundle EN = ResourceBundle.getBundle("messages/names", Locale.ENGLISH);
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]");

    @Test
    void everyDepartmentHasItsEnglishName() {
        check("reference/20_department.csv", "code", "department.", 37);
    }

    @Test
    void everyRegionHasItsEnglishName() {
        check("reference/10_region.csv", "code", "region.", 16);
    }

    @Test
    void everyCharityOrganisationAndProjectHasItsEnglishName() {
        check("reference/70_charity_org.csv", "code", "charityOrg.", 7);
        check("reference/71_charity_project.csv", "id", "charityProject.", 17);
    }

    private static void check(String file, String codeColumn, String prefix, int atLeast) {
        List<Map<String, String>> rows = SeedFiles.rows(file);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(rows).allSatisfy(r -> {
            String key = prefix + r.get(codeColumn);
            assertThat(ZH.getString(key)).as(key).isEqualTo(r.get("name"));
            String en = EN.getString(key);
            assertThat(en).as(key).isNotBlank().isNotEqualTo(r.get("name"));
            assertThat(CJK.matcher(en).find()).as(key + " " + en).isFalse();
        });
    }
}
