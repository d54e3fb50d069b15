package cq.assist.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The one check of every paged list (security review L3): page numbers and sizes a client can send never
 * wrap the offset, and each bad value is a 400 naming its parameter.
 */
class PagingTest {

    @Test
    void theOffsetOfTheLastAcceptedPageDoesNotWrap() {
        Paging last = Paging.of(Paging.MAX_PAGE, 200, 200);

        assertThat(last.offset()).isEqualTo(20_000_000L);
        assertThat(Paging.of(3, 20, 100).offset()).isEqualTo(60L);
        assertThat(Paging.of(0, 1, 100).offset()).isZero();
    }

    @Test
    void pageExtremesAreNamedAsPage() {
        for (int page : new int[] {-1, Integer.MIN_VALUE, Paging.MAX_PAGE + 1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Paging.of(page, 20, 100))
                    .as("page %d", page)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION);
                        assertThat(e.fieldErrors())
                                .extracting(DomainException.FieldError::field)
                                .containsExactly("page");
                    });
        }
    }

    @Test
    void sizeExtremesAreNamedAsSizeAndBothTogetherAreBothNamed() {
        for (int size : new int[] {0, -1, Integer.MIN_VALUE, 101, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Paging.of(0, size, 100))
                    .as("size %d", size)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                            .extracting(DomainException.FieldError::field)
                            .containsExactly("size"));
        }
        assertThat(Paging.problems(Long.MAX_VALUE, Long.MIN_VALUE, 100))
                .extracting(DomainException.FieldError::field)
                .containsExactly("page", "size");
        assertThat(Paging.problems(0, 100, 100)).isEmpty();
    }

    @Test
    void aPageMadeInCodeOutOfRangeIsAProgrammingError() {
        assertThatThrownBy(() -> new Paging(-1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Paging(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
