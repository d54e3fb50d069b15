package cq.assist.core.authorization;

import java.util.StringJoiner;

/**
 * The canonical text of a signature record that its seal (HMAC) covers: every field but the encrypted
 * image and the seal itself, one {@code name=value} per line, in a fixed order. The image is covered
 * through its SHA-256, which verification recomputes from the decrypted image.
 */
public final class AuthorizationSeal {

    private AuthorizationSeal() {}

    /**
     * The seal-version-2 text: every field of version 1 plus the evidence, each as {@code name:length:value}
     * (length in UTF-16 units), so no value can pass for another field whatever characters it holds.
     */
    public static String canonicalTextV2(RecordRow row) {
        StringBuilder text = new StringBuilder("v2\n");
        field(text, "id", row.id());
        field(text, "applicationId", row.applicationId());
        field(text, "memberSeq", String.valueOf(row.memberSeq()));
        field(text, "letterVersion", row.letterVersion());
        field(text, "letterSha256", row.letterSha256());
        field(text, "signerName", row.signerName());
        field(text, "signerIdHash", row.signerIdHash());
        field(text, "identityMethod", row.identityMethod());
        field(text, "channel", row.channel());
        field(text, "filedByAccount", row.filedByAccount());
        field(
                text,
                "signedAt",
                row.signedAt() == null ? null : String.valueOf(row.signedAt().toEpochMilli()));
        field(text, "signatureSha256", row.signatureSha256());
        field(text, "evidence", row.evidence());
        return text.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append("-1:");
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }

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
