package cq.assist.mobile.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /auth/sms-code}: a mainland mobile number. */
record SmsCodeRequest(
        @NotBlank(message = "{validation.phone}")
                @Pattern(regexp = AuthController.PHONE, message = "{validation.phone}")
                String phone) {}
