package cq.assist.core.monitoring;

/**
 * A monitored household that a person belongs to, as its application filed the person.
 *
 * @param seq the person's position in the application's member list (the snapshot names it {@code m<seq>})
 * @param idNumberEnc the person's ID number, encrypted
 * @param factsEnc the household's sealed facts
 * @param lastResult the household's last screening result, or null before the first
 */
record MemberInHousehold(
        String householdKey,
        String applicationId,
        String communityCode,
        int seq,
        byte[] idNumberEnc,
        byte[] factsEnc,
        String lastResult) {}
