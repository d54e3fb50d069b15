package cq.assist.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.fixtures.CaseFixtures;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Timeline events and actors in the reader's language from the bundles; an unknown code shows its key. */
class TimelineTextsTest {

    private final TimelineTexts texts = new TimelineTexts(CaseFixtures.texts());
    private final EventRow submitted = new EventRow("app-1", CaseFixtures.NOW, "SUBMITTED", "APPLICANT", "张*");

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void readsChineseFirstAndEnglishBesideIt() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.event(submitted)).isEqualTo("提交申请");
        assertThat(texts.by(submitted)).isEqualTo("申请人 张*");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.event(submitted)).isEqualTo("Application submitted");
        assertThat(texts.by(new EventRow("app-1", CaseFixtures.NOW, "SUBMITTED", "APPLICANT", null)))
                .isEqualTo("Applicant");
    }

    @Test
    void anUnknownEventShowsItsKey() {
        assertThat(texts.event(new EventRow("app-1", CaseFixtures.NOW, "NO_SUCH", "SYSTEM", null)))
                .isEqualTo("application.event.NO_SUCH");
    }
}
