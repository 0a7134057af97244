package com.calltriage.access;

import java.util.Set;

/**
 * Microsoft's per-user call analytics table for its support roles, applied to every answer before a card
 * exists. The asker's highest support role decides:
 *
 * <table>
 *   <caption>What each role sees</caption>
 *   <tr><th>item</th><th>specialist</th><th>engineer, admin</th></tr>
 *   <tr><td>the searched user's name</td><td>shown</td><td>shown</td></tr>
 *   <tr><td>anyone else's name (1:1 or meeting)</td><td>Internal User / External User</td><td>shown</td></tr>
 *   <tr><td>phone numbers</td><td>last three digits {@code ***}</td><td>last three digits {@code ***}</td></tr>
 *   <tr><td>Advanced: device names, IP addresses, subnets, buildings</td><td>not shown</td><td>shown</td></tr>
 *   <tr><td>Debug: DNS suffix, BSSID and Wi-Fi details, MAC</td><td>not shown</td><td>shown</td></tr>
 *   <tr><td>meeting participant count</td><td>shown</td><td>shown</td></tr>
 * </table>
 *
 * <p>Managers and people without a role see no per-user call data at all; the command access check refuses
 * them before anything is looked up, and the masking they would get is the strictest one.
 */
public final class MaskingPolicy {
    private final String homeTenantId;

    /** @param homeTenantId the bot's tenant: its people are Internal Users, everyone else External Users */
    public MaskingPolicy(String homeTenantId) {
        this.homeTenantId = homeTenantId;
    }

    /**
     * @param askerRoles     the roles of the person asking
     * @param searchedUserId the Entra object id of the user the question is about; null when none
     */
    public Masking maskFor(Set<Role> askerRoles, String searchedUserId) {
        boolean full = askerRoles.contains(Role.ENGINEER) || askerRoles.contains(Role.ADMIN);
        return new Masking(homeTenantId, searchedUserId, full);
    }
}
