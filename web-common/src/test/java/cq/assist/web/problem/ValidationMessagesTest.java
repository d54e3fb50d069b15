package cq.assist.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * A constraint without its own message reaches the resident as a sentence from the bundles, in the reader's
 * language, never as the validator's default ("不能为null", "must not be null"); a constraint with its own
 * message keeps it. Wired as Spring Boot wires it: the app's message source behind the validator's
 * interpolator, {@link ProblemFactory} turning field errors into the problem's {@code errors}.
 */
class ValidationMessagesTest {

    record Form(
            @NotNull String community,
            @NotBlank String name,
            @Size(max = 4) String note,
            @PositiveOrZero BigDecimal income,
            @Pattern(regexp = "SUPPORT|OPPOSE") String stance,
            @Min(1) Integer members,
            @Digits(integer = 3, fraction = 2) BigDecimal amount,
            @DecimalMax("90") BigDecimal latitude,
            @NotBlank(message = "{intake.phone.invalid}") String phone) {}

    private static final Form WRONG = new Form(
            null, " ", "12345", new BigDecimal("-1"), "MAYBE", 0, new BigDecimal("1234.5"), new BigDecimal("91"), "");

    private final ResourceBundleMessageSource messages = messageSource();
    private final LocalValidatorFactoryBean validator = validator(messages);
    private final ProblemFactory problems = new ProblemFactory(messages);

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
        validator.close();
    }

    @Test
    void constraintsReadFriendlyChineseFromTheBundles() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(errors())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "community", "必填",
                        "name", "必填，不能为空白",
                        "note", "长度应在 0 到 4 之间",
                        "income", "不能为负数",
                        "stance", "格式不正确",
                        "members", "不能小于 1",
                        "amount", "整数部分最多 3 位，小数部分最多 2 位",
                        "latitude", "不能大于 90",
                        "phone", "手机号码格式不正确"));
    }

    @Test
    void constraintsReadEnglishBesideForAnEnglishReader() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        Map<String, String> errors = errors();
        assertThat(errors)
                .containsEntry("community", "Required.")
                .containsEntry("note", "Length must be from 0 to 4.")
                .containsEntry("members", "Must be at least 1.")
                .containsEntry("income", "Must not be negative.");
        assertThat(errors.values()).noneMatch(m -> m.contains("null") || m.startsWith("must "));
    }

    private Map<String, String> errors() {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(WRONG, "form");
        validator.validate(WRONG, result);
        Map<String, String> byField = new TreeMap<>();
        for (Map<String, String> error : problems.fieldErrors(result.getFieldErrors())) {
            byField.put(error.get("field"), error.get("message"));
        }
        return byField;
    }

    private static ResourceBundleMessageSource messageSource() {
        return cq.assist.web.test.Texts.messages();
    }

    private static LocalValidatorFactoryBean validator(ResourceBundleMessageSource messages) {
        LocalValidatorFactoryBean bean = new LocalValidatorFactoryBean();
        bean.setMessageInterpolator(new MessageInterpolatorFactory(messages).getObject());
        bean.afterPropertiesSet();
        return bean;
    }
}
