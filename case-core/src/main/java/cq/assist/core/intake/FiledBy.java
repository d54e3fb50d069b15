package cq.assist.core.intake;

/** Who filed an application: the applicant's own account, or a community worker on the household's behalf. */
public enum FiledBy {
    SELF,
    PROXY
}
