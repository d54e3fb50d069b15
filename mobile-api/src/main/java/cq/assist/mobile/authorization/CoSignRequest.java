package cq.assist.mobile.authorization;

import cq.assist.core.authorization.SignatureLimits;
import cq.assist.core.identity.IdentityInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /authorizations/{token}}; name and ID number are normalised in the domain. The name
 * is optional (the ID number and the code sent to the registry's phone prove the member); one given is checked.
 */
record CoSignRequest(
        @Size(max = IdentityInput.MAX_NAME) String name,
        @NotBlank @Size(max = 40) String idNumber,
        @NotBlank @Size(max = 8) String smsCode,
        @NotBlank @Size(max = SignatureLimits.MAX_BASE64) String signature) {}
