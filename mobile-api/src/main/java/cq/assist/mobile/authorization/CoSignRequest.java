package cq.assist.mobile.authorization;

import cq.assist.core.authorization.SignatureLimits;
import cq.assist.core.identity.IdentityInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /authorizations/{token}}; name and ID number are normalised in the domain. */
record CoSignRequest(
        @NotBlank @Size(max = IdentityInput.MAX_NAME) String name,
        @NotBlank @Size(max = 40) String idNumber,
        @NotBlank @Size(max = 8) String smsCode,
        @NotBlank @Size(max = SignatureLimits.MAX_BASE64) String signature) {}
