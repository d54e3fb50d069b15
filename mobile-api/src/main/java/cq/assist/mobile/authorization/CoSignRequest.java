package cq.assist.mobile.authorization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /authorizations/{token}}. */
record CoSignRequest(
        @NotBlank @Size(max = 64) String name,
        @NotBlank @Size(max = 18) String idNumber,
        @NotBlank @Size(max = 8) String smsCode,
        @NotBlank @Size(max = 1_000_000) String signature) {}
