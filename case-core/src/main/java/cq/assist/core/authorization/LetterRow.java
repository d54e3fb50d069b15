package cq.assist.core.authorization;

/** One version of the authorization letter. */
public record LetterRow(String letterVersion, String letterText, String textSha256) {}
