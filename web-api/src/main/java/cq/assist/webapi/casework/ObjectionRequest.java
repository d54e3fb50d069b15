package cq.assist.webapi.casework;

import cq.assist.core.casework.ObjectingToNotice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /applications/{id}/objections}. */
record ObjectionRequest(@NotBlank @Size(max = ObjectingToNotice.MAX_TEXT) String text) {}
