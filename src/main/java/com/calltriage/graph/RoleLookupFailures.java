package com.calltriage.graph;

import java.io.IOException;

/**
 * What the person refused reads when their roles could not be looked up: what happened and what they can do.
 * Passing trouble (throttling, outages, timeouts) says try again; configuration trouble says whom to ask.
 */
final class RoleLookupFailures {
    static final String SIGN_IN = "CallTriage could not sign in to Microsoft Graph to look up your roles; "
            + "ask your Teams administrator to check its app registration.";
    static final String FORBIDDEN = "Microsoft Graph refused to tell me your directory roles (403): CallTriage "
            + "needs the RoleManagement.Read.Directory and GroupMember.Read.All application permissions; "
            + "ask your Teams administrator.";
    static final String THROTTLED = "Microsoft Graph is throttling CallTriage right now (429); try again in a minute.";
    static final String NO_ANSWER = "Microsoft Graph did not answer in time while looking up your roles; "
            + "try again in a minute.";
    static final String UNREADABLE = "Microsoft Graph sent an answer CallTriage could not read while looking up "
            + "your roles; try again in a minute.";

    private RoleLookupFailures() {
    }

    static String sentenceFor(IOException failure) {
        if (failure instanceof TokenRequestException) {
            return SIGN_IN;
        }
        if (failure instanceof GraphStatusException refusal) {
            return sentenceFor(refusal.status());
        }
        if (failure instanceof UnreadableGraphAnswerException) {
            return UNREADABLE;
        }
        return NO_ANSWER;
    }

    private static String sentenceFor(int status) {
        if (status == 401) {
            // Graph itself rejected the token: the app registration, not the user, is wrong.
            return SIGN_IN;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 429) {
            return THROTTLED;
        }
        if (status >= 500) {
            return "Microsoft Graph failed while looking up your roles (HTTP " + status + "); try again in a minute.";
        }
        return "Microsoft Graph could not look up your roles (HTTP " + status + "); ask your Teams administrator.";
    }
}
