package cq.assist.core.common;

import cq.assist.core.common.DomainException.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * One checked page of a list: {@code page} from 0 to {@value #MAX_PAGE}, {@code size} from 1 to the list's
 * largest page, and the row offset as a {@code long}, so no page number a client can send wraps it into a
 * negative {@code OFFSET} (security review L3: {@code page=2147483647} answered 500). Every paged read of the
 * system checks its query through here; bad values are a 400 naming {@code page} and/or {@code size}.
 *
 * @param page the page number from 0
 * @param size rows on a page
 */
public record Paging(int page, int size) {

    /** The largest page number any list accepts (deep OFFSET scans cost the database, not only overflow). */
    public static final int MAX_PAGE = 100_000;

    /** A page made in code, not from a request: out-of-range values are a programming error. */
    public Paging {
        if (page < 0 || page > MAX_PAGE || size < 1) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
    }

    /** Checks {@code page} and {@code size} (at most {@code maxSize}) into a page, else a 400 naming them. */
    public static Paging of(int page, int size, int maxSize) {
        List<FieldError> errors = problems(page, size, maxSize);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new Paging(page, size);
    }

    /**
     * The field errors of {@code page} and {@code size}, empty when both are in range; for callers that
     * collect the errors of other query parameters too before answering once.
     */
    public static List<FieldError> problems(long page, long size, int maxSize) {
        List<FieldError> errors = new ArrayList<>(2);
        if (page < 0 || page > MAX_PAGE) {
            errors.add(new FieldError("page", "problem.page.range", MAX_PAGE));
        }
        if (size < 1 || size > maxSize) {
            errors.add(new FieldError("size", "problem.size.range", maxSize));
        }
        return errors;
    }

    /** Rows to skip: {@code page * size}, computed without overflow. */
    public long offset() {
        return (long) page * size;
    }
}
