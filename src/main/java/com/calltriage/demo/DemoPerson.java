package com.calltriage.demo;

/**
 * Someone in the demo tenant or a partner tenant.
 *
 * @param id          Entra object id
 * @param displayName as a Teams client shows it
 * @param upn         user principal name
 * @param tenantId    home tenant
 * @param deviceName  the machine the person calls from
 * @param homeOffice  the office network the person usually works from
 */
public record DemoPerson(String id, String displayName, String upn, String tenantId, String deviceName,
                         DemoOffice homeOffice) {

    public String alias() {
        return upn.substring(0, upn.indexOf('@'));
    }

    public String firstName() {
        int space = displayName.indexOf(' ');
        return space < 0 ? displayName : displayName.substring(0, space);
    }
}
