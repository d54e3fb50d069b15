package cq.assist.mobile.authorization;

/** The answer to a successful signature. */
record CoSignedResponse(String status) {

    static final CoSignedResponse SIGNED = new CoSignedResponse("SIGNED");
    static final CoSignedResponse REFUSED = new CoSignedResponse("REFUSED");
}
