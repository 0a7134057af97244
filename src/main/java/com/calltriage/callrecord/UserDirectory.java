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
     * Users whose display name, user principal name or mail starts with the term, at most {@code limit}. A
     * directory that cannot be reached answers with nobody rather than failing the question: the store's own
     * answer still stands.
     */
    List<KnownUser> search(String term, int limit);
}
