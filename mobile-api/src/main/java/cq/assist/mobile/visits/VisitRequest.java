package cq.assist.mobile.visits;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /worker/visits/{taskId}}: findings (at most 1,000 characters, what the case event column
 * holds), a recommendation, photos (no null entries) and where the visit took place.
 */
record VisitRequest(
        @NotBlank @Size(max = 1000) String findings,
        @NotNull @Pattern(regexp = "SUPPORT|OPPOSE") String recommendation,
        @Size(max = 20) List<@NotNull @Size(max = 64) String> photoFileIds,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {}
