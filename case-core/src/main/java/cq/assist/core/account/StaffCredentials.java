package cq.assist.core.account;

/**
 * What a staff member types to log in. Never log it: it holds the password and the TOTP code.
 */
public record StaffCredentials(String username, String password, String totp) {

    @Override
    public String toString() {
        return "StaffCredentials[username=" + username + "]";
    }
}
