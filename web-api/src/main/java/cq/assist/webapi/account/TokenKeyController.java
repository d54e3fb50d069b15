package cq.assist.webapi.account;

import cq.assist.core.account.TokenKeys;
import cq.assist.web.security.Caller;
import cq.assist.webapi.security.TokenKeyRefresher;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators rotate the staff token keys without a restart: {@code POST /api/v1/admin/token-keys} adds a key
 * (201 {@code {kid, createdAt, createdBy, signsFrom, retiredAt}}; it verifies on every node within the refresh
 * interval and signs from {@code signsFrom}); {@code GET} lists them (never their bytes); {@code DELETE
 * /api/v1/admin/token-keys/{kid}} retires one (204; its tokens are refused within the interval; 404 unknown).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class TokenKeyController {

    private final TokenKeys keys;
    private final TokenKeyRefresher refresher;

    TokenKeyController(TokenKeys keys, TokenKeyRefresher refresher) {
        this.keys = keys;
        this.refresher = refresher;
    }

    @GetMapping("/api/v1/admin/token-keys")
    List<TokenKeys.KeyInfo> list() {
        return keys.all();
    }

    @PostMapping("/api/v1/admin/token-keys")
    @ResponseStatus(HttpStatus.CREATED)
    TokenKeys.KeyInfo rotate(Caller caller) {
        TokenKeys.KeyInfo added = keys.rotate(caller.subject(), refresher.publishDelay());
        refresher.refresh();
        return added;
    }

    @DeleteMapping("/api/v1/admin/token-keys/{kid}")
    ResponseEntity<Void> retire(Caller caller, @PathVariable String kid) {
        keys.retire(kid, caller.subject());
        refresher.refresh();
        return ResponseEntity.noContent().build();
    }
}
