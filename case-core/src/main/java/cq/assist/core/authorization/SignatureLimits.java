package cq.assist.core.authorization;

/** Size limits of a handwritten signature image. */
public final class SignatureLimits {

    /** Largest base64 signature accepted: 256 KB of text (about 190 KB of PNG), plenty for a signature pad. */
    public static final int MAX_BASE64 = 262_144;

    private SignatureLimits() {}
}
