package cq.assist.mobile.auth;

import cq.assist.core.identity.IdentityInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /auth/login}: the phone and the code it was sent. */
record LoginRequest(
        @NotBlank(message = "{validation.phone}")
                @Pattern(regexp = AuthController.PHONE, message = "{validation.phone}")
                String phone,
        @NotBlank(message = "{validation.sms-code}") @Size(max = 8, message = "{validation.sms-code}") String code) {

    /** Normalises what phones paste ({@code +86 139-0000-0001}) before validation. */
    LoginRequest {
        phone = IdentityInput.phone(phone);
    }
}
