package cq.assist.mobile.authorization;

import cq.assist.core.authorization.AuthorizationLetters;
import cq.assist.core.authorization.LetterRow;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /authorization-letter} (no login): the letter in force, which the applicant reads before signing. */
@RestController
class AuthorizationLetterController {

    private final AuthorizationLetters letters;

    AuthorizationLetterController(AuthorizationLetters letters) {
        this.letters = letters;
    }

    @GetMapping("/api/v1/authorization-letter")
    Letter current() {
        LetterRow row = letters.current();
        return new Letter(row.letterVersion(), row.letterText(), row.textSha256());
    }

    /** The letter: its version (sent back as {@code authorization.letterVersion}), text and SHA-256 of the text. */
    record Letter(String letterVersion, String letterText, String textSha256) {}
}
