package cq.assist.core.authorization;

import cq.assist.core.common.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The authorization letters (授权书) an applicant reads before signing; read-only. */
@Service
public class AuthorizationLetters {

    private final AuthorizationLetterMapper letters;

    AuthorizationLetters(AuthorizationLetterMapper letters) {
        this.letters = letters;
    }

    /**
     * The letter in force now.
     *
     * @throws DomainException NOT_FOUND ({@code authorization.letter.none}) when no letter is in force
     */
    @Transactional(readOnly = true)
    public LetterRow current() {
        LetterRow row = letters.selectCurrent();
        if (row == null) {
            throw DomainException.notFound("authorization.letter.none");
        }
        return row;
    }
}
