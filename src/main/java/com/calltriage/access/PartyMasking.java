package com.calltriage.access;

import com.calltriage.callrecord.Identity;

/**
 * How other people in a call are named on a card.
 *
 * <p>Until the role-aware masking table is in place this policy is the strictest one for every role:
 * only the user searched for is named; everyone else is {@code Internal User} or {@code External User};
 * every phone number keeps all but its last three digits, which become {@code ***}.
 */
public final class PartyMasking {
    public static final String INTERNAL_USER = "Internal User";
    public static final String EXTERNAL_USER = "External User";

    private final String homeTenantId;

    public PartyMasking(String homeTenantId) {
        this.homeTenantId = homeTenantId;
    }

    /**
     * @param identity       the person to name
     * @param searchedUserId the Entra object id of the user the question was about
     */
    public String nameOf(Identity identity, String searchedUserId) {
        if (identity.isPhone()) {
            return maskPhoneNumber(identity.id());
        }
        if (identity.id() != null && identity.id().equalsIgnoreCase(searchedUserId) && identity.displayName() != null) {
            return identity.displayName();
        }
        return identity.belongsTo(homeTenantId) ? INTERNAL_USER : EXTERNAL_USER;
    }

    /** {@code +15552823456} becomes {@code +15552823***}, as Microsoft's support roles show numbers. */
    public static String maskPhoneNumber(String number) {
        if (number == null) {
            return "***";
        }
        int digitsSeen = 0;
        char[] chars = number.toCharArray();
        for (int i = chars.length - 1; i >= 0 && digitsSeen < 3; i--) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '*';
                digitsSeen++;
            }
        }
        return new String(chars);
    }
}
