package cq.assist.webapi.auth;

import cq.assist.core.account.StaffCredentials;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/auth/password} body: the full credentials and the new password. Never logged. */
record PasswordChangeRequest(
        @NotBlank(message = "{auth.login.username.required}") @Size(max = 64, message = "{auth.login.username.size}")
                String username,
        @NotBlank(message = "{auth.login.password.required}") @Size(max = 128, message = "{auth.login.password.size}")
                String password,
        @NotBlank(message = "{auth.login.totp.required}") @Size(max = 16, message = "{auth.login.totp.size}")
                String totp,
        String newPassword) {

    StaffCredentials credentials() {
        return new StaffCredentials(username.trim(), password, totp.trim());
    }

    @Override
    public String toString() {
        return "PasswordChangeRequest[username=" + username + "]";
    }
}
