package cq.assist.mobile.me;

import com.fasterxml.jackson.annotation.JsonInclude;
import cq.assist.core.identity.IdentityInput;
import cq.assist.core.identity.RealNameBinding;
import cq.assist.core.login.MobileAccounts;
import cq.assist.core.login.MobileAccounts.RealName;
import cq.assist.core.login.Roles;
import cq.assist.core.pii.Masking;
import cq.assist.core.time.BusinessClock;
import cq.assist.web.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in phone account and its real-name binding ({@code GET /me}, {@code POST /me/real-name}). */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final RealNameBinding binding;
    private final MobileAccounts accounts;

    MeController(RealNameBinding binding, MobileAccounts accounts) {
        this.binding = binding;
        this.accounts = accounts;
    }

    @GetMapping
    Me me(Caller caller) {
        String phone = accounts.phoneOf(caller.subject()).orElse(null);
        return new Me(
                phone == null ? null : Masking.phone(phone),
                caller.roles().stream().sorted().toList(),
                binding.of(caller.subject()).map(MeController::view).orElse(null),
                caller.roles().contains(Roles.COMMUNITY_WORKER) ? caller.scope(Roles.CLAIM_COMMUNITY) : null);
    }

    @PostMapping("/real-name")
    RealNameView bind(@Valid @RequestBody RealNameRequest body, Caller caller) {
        return view(binding.bind(caller.subject(), body.name(), body.idNumber()));
    }

    private static RealNameView view(RealName realName) {
        return new RealNameView(
                realName.name(),
                Masking.idNumber(realName.idNumber()),
                realName.method(),
                BusinessClock.toOffset(realName.verifiedAt()));
    }

    /** {@code POST /me/real-name} body; sizes leave room for pasted separators (normalised in the domain). */
    record RealNameRequest(
            @NotBlank @Size(max = IdentityInput.MAX_NAME) String name, @NotBlank @Size(max = 40) String idNumber) {}

    /** A binding as shown: the ID number masked. */
    record RealNameView(String name, String idNumber, String method, OffsetDateTime verifiedAt) {}

    /** {@code GET /me}: phone masked; {@code realName} null while the account is unbound. */
    /**
     * The caller: masked phone, roles, the real-name binding (null when not bound) and, for a community
     * worker, its community's code (added by issue 11: the public-notices page starts there).
     */
    record Me(
            String phone,
            List<String> roles,
            @JsonInclude(JsonInclude.Include.ALWAYS) RealNameView realName,
            String communityCode) {}
}
