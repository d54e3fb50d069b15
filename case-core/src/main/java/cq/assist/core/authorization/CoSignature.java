package cq.assist.core.authorization;

/**
 * A co-signer's answer: who they are (the full name is optional, null when not given; the ID number is
 * required), the SMS code sent to the member's phone on file, and the signature (base64 PNG).
 */
public record CoSignature(String name, String idNumber, String smsCode, String signature) {}
