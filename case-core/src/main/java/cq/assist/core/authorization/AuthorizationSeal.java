package cq.assist.core.authorization;

import java.util.StringJoiner;

/**
 * The canonical text of a signature record that its seal (HMAC) covers: every field but the encrypted
 * image and the seal itself, one {@code name=value} per line, in a fixed order. The image is covered
 * through its SHA-256, which verification recomputes from the decrypted image.
 */
public final class AuthorizationSeal {

    private AuthorizationSeal() {}

    /** The text to seal; {@code signedAt} must already be cut to whole seconds (what every database here stores exactly). */
    public static String canonicalText(RecordRow row) {
        StringJoiner text = new StringJoiner("\n");
        text.add("id=" + row.id());
        text.add("applicationId=" + row.applicationId());
        text.add("memberSeq=" + row.memberSeq());
        text.add("letterVersion=" + row.letterVersion());
        text.add("letterSha256=" + row.letterSha256());
        text.add("signerName=" + row.signerName());
        text.add("signerIdHash=" + row.signerIdHash());
        text.add("identityMethod=" + row.identityMethod());
        text.add("channel=" + row.channel());
        text.add("filedByAccount=" + row.filedByAccount());
        text.add("signedAt=" + (row.signedAt() == null ? null : row.signedAt().toEpochMilli()));
        text.add("signatureSha256=" + row.signatureSha256());
        return text.toString();
    }
}
