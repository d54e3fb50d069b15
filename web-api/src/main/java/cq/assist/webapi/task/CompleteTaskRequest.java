package cq.assist.webapi.task;

import cq.assist.core.itemcase.Decision;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * {@code POST /tasks/{taskId}/complete}. Only these fields are read: a body can never set a status,
 * department, region or approver (unknown fields are ignored).
 */
record CompleteTaskRequest(
        @NotNull Decision decision,
        @Size(max = 1000) String reason,
        @Digits(integer = 10, fraction = 2) BigDecimal amount) {}
