package cq.assist.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReasonKeyTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    @Test
    void everyTemplateUsesTheSameArgumentsInChineseAndEnglish() {
        for (ReasonKey key : ReasonKey.values()) {
            assertThat(placeholders(key.en())).as(key.name()).isEqualTo(placeholders(key.zh()));
            assertThat(key.zh()).as(key.name()).isNotBlank();
        }
    }

    @Test
    void rendersArgumentsIntoTheTemplate() {
        Reason reason = Reason.of(ReasonKey.VEHICLES_OVER, "2", "0");
        assertThat(reason.zh()).isEqualTo("家庭拥有机动车 2 辆，超过规定的 0 辆");
        assertThat(reason.en()).isEqualTo("household owns 2 vehicles, more than 0");
    }

    private static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
