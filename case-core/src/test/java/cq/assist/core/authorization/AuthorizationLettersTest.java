package cq.assist.core.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cq.assist.core.common.DomainException;
import cq.assist.core.common.ProblemKind;
import org.junit.jupiter.api.Test;

/** The authorization letter in force, or 404 when none is published. */
class AuthorizationLettersTest {

    private final AuthorizationLetterMapper mapper = mock(AuthorizationLetterMapper.class);
    private final AuthorizationLetters letters = new AuthorizationLetters(mapper);

    @Test
    void theCurrentLetterOrNotFound() {
        assertThatThrownBy(letters::current).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemKind.NOT_FOUND);
            assertThat(e.messageKey()).isEqualTo("authorization.letter.none");
        });

        LetterRow letter = new LetterRow("2026-01", "授权书", "sha");
        when(mapper.selectCurrent()).thenReturn(letter);
        assertThat(letters.current()).isEqualTo(letter);
    }
}
