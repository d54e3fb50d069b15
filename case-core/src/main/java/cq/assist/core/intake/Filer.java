package cq.assist.core.intake;

/**
 * Who is filing: the account (token subject) and, for a community worker, the community it serves.
 *
 * @param accountId the account id; must not be null
 * @param workerCommunity the worker's community claim; null for a resident
 */
public record Filer(String accountId, String workerCommunity, boolean worker) {

    public static Filer resident(String accountId) {
        return new Filer(accountId, null, false);
    }

    public static Filer worker(String accountId, String community) {
        return new Filer(accountId, community, true);
    }

    public FiledBy filedBy() {
        return worker ? FiledBy.PROXY : FiledBy.SELF;
    }
}
