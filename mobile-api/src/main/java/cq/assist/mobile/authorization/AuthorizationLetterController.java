package cq.assist.mobile.authorization;

import cq.assist.core.authorization.AuthorizationLetterMapper;
import cq.assist.core.authorization.LetterRow;
import cq.assist.core.common.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /authorization-letter} (no login): the letter in force, which the applicant reads before signing. */
@RestController
class AuthorizationLetterController {

    private final AuthorizationLetterMapper letters;

    AuthorizationLetterController(AuthorizationLetterMapper letters) {
        this.letters = letters;
    }

    @GetMapping("/api/v1/authorization-letter")
    Letter current() {
        LetterRow row = letters.selectCurrent();
        if (row == null) {
            throw DomainException.notFound("authorization.letter.none");
        }
        return new Letter(row.letterVersion(), row.letterText(), row.textSha256());
    }

    /** The letter: its version (sent back as {@code authorization.letterVersion}), text and SHA-256 of the text. */
    record Letter(String letterVersion, String letterText, String textSha256) {}
}
