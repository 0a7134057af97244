package com.calltriage.callrecord;

import java.util.List;

/**
 * Where people are found who have not been in a stored call yet, such as a new starter whose first call went
 * wrong before any record of it arrived: the tenant's directory when Microsoft Graph is configured.
 */
@FunctionalInterface
public interface UserDirectory {

    /** Knows nobody: for tenants without Graph, and for tests. */
    UserDirectory NONE = (term, limit) -> List.of();

    /**
     * Users whose display name, user principal name or mail starts with the term, or whose object id it is; at
     * most {@code limit}.
     *
     * @throws DirectoryUnavailableException when the directory could not be searched: the question is answered
     *                                       with that, never with somebody else or with nobody
     */
    List<KnownUser> search(String term, int limit);
}
