package cq.assist.webapi.pii;

import cq.assist.core.pii.DataKeyRotation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators: {@code POST /api/v1/admin/data-keys/rotation} re-encrypts personal data that is not yet
 * under the active data key (after {@code assist.pii.active-data-key} was moved to a new version on every
 * node), up to 500 rounds of 20 values per column a call (20 files of 5 MB at most in memory); answers each column with how many values moved
 * and how many remain (call again while any remain).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class DataKeyRotationController {

    private static final int BATCH = 20;
    private static final int ROUNDS = 500;

    private final DataKeyRotation rotation;

    DataKeyRotationController(DataKeyRotation rotation) {
        this.rotation = rotation;
    }

    @PostMapping("/api/v1/admin/data-keys/rotation")
    List<DataKeyRotation.ColumnResult> rotate() {
        return rotation.rotate(BATCH, ROUNDS);
    }
}
