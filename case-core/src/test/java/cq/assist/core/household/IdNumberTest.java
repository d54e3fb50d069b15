package cq.assist.core.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void acceptsPublishedExampleWithXCheckCharacter() {
        // GB 11643 example: 11010519491231002X
        assertThat(IdNumber.isValid("11010519491231002X", TODAY)).isTrue();
        assertThat(IdNumber.isValid("11010519491231002x", TODAY)).isTrue();
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThat(IdNumber.isValid("110105194912310021", TODAY)).isFalse();
    }

    @Test
    void rejectsImpossibleOrFutureBirthDates() {
        String feb30 = "50010320260230001";
        assertThat(IdNumber.isValid(feb30 + IdNumber.checkCharacter(feb30), TODAY))
                .isFalse();
        String future = "50010320271201001";
        assertThat(IdNumber.isValid(future + IdNumber.checkCharacter(future), TODAY))
                .isFalse();
    }

    @Test
    void rejectsWrongShape() {
        assertThat(IdNumber.isValid("5001031990010100", TODAY)).isFalse();
        assertThat(IdNumber.isValid("50010319900101001A", TODAY)).isFalse();
        assertThat(IdNumber.isValid(null, TODAY)).isFalse();
    }

    @Test
    void buildsValidNumbersAndReadsAge() {
        String id = IdNumber.of("500103", LocalDate.of(2008, 11, 23), 12);
        assertThat(IdNumber.isValid(id, TODAY)).isTrue();
        assertThat(IdNumber.ageOn(id, TODAY)).isEqualTo(18);
        assertThat(IdNumber.ageOn(id, TODAY.minusDays(1))).isEqualTo(17);
    }
}
