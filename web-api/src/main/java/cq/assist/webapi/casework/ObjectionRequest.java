package cq.assist.webapi.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /applications/{id}/objections}. */
record ObjectionRequest(@NotBlank @Size(max = 1000) String text) {}
