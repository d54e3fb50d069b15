package cq.assist.mobile.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code POST /auth/login}: the phone and the code it was sent. */
record LoginRequest(
        @NotBlank(message = "{validation.phone}")
                @Pattern(regexp = AuthController.PHONE, message = "{validation.phone}")
                String phone,
        @NotBlank(message = "{validation.sms-code}") String code) {}
