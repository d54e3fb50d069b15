package cq.assist.core.intake;

/**
 * The page of applications a reader may see. A resident ({@code workerCommunity} null): those it filed
 * itself ({@code filed_by = SELF}) and those whose applicant is the person its account is bound to
 * ({@code applicantIdHashes}: the blind indexes of its ID number under every configured index-key version, empty
 * while unbound). A worker: its proxy filings in the community it serves
 * now ({@code workerCommunity}).
 */
public record VisibleQuery(
        String accountId,
        java.util.List<String> applicantIdHashes,
        String workerCommunity,
        boolean worker,
        long offset,
        int limit) {}
