package cq.assist.web.audit;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told of every refusal the problem handlers answer for an authenticated caller (403, and 404 from a
 * scope check), so an app can audit it (issue 8: "every refusal of access"). Optional: an app without a
 * bean of this type audits no refusals.
 */
public interface AccessRefusals {

    /**
     * One refusal.
     *
     * @param request the refused request (method and path; never its body)
     * @param status 403 or 404
     * @param reasonKey the message key of the problem answered
     */
    void refused(HttpServletRequest request, int status, String reasonKey);
}
