package cq.assist.core.authorization;

import cq.assist.core.intake.ApplicationRow;
import cq.assist.core.intake.MemberRow;

/** A token that may still be used, with its application and member. */
record OpenToken(TokenRow token, ApplicationRow application, MemberRow member) {}
