package cq.assist.mobile.auth;

import cq.assist.core.identity.IdentityInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /auth/sms-code}: a mainland mobile number. */
record SmsCodeRequest(
        @NotBlank(message = "{validation.phone}")
                @Pattern(regexp = AuthController.PHONE, message = "{validation.phone}")
                String phone) {

    /** Normalises what phones paste ({@code +86 139-0000-0001}) before validation. */
    SmsCodeRequest {
        phone = IdentityInput.phone(phone);
    }
}
