package com.calltriage.access;

import com.calltriage.callrecord.Identity;

/**
 * What one asker may see in one answer, as {@link MaskingPolicy} decided it. Views ask it for every
 * name and phone number they show, and build Advanced and Debug parts only when it says so.
 */
public final class Masking {
    public static final String INTERNAL_USER = "Internal User";
    public static final String EXTERNAL_USER = "External User";

    private final String homeTenantId;
    private final String searchedUserId;
    private final boolean engineerView;

    Masking(String homeTenantId, String searchedUserId, boolean engineerView) {
        this.homeTenantId = homeTenantId;
        this.searchedUserId = searchedUserId;
        this.engineerView = engineerView;
    }

    /** How a person is named: a masked number for phones, else the name if this asker may see it. */
    public String nameOf(Identity identity) {
        if (identity.isPhone()) {
            return maskPhoneNumber(identity.id());
        }
        boolean named = engineerView || isSearchedUser(identity);
        if (named && identity.displayName() != null && !identity.displayName().isBlank()) {
            return identity.displayName();
        }
        return identity.belongsTo(homeTenantId) ? INTERNAL_USER : EXTERNAL_USER;
    }

    /** True when the identity is the user the question is about. */
    public boolean isSearchedUser(Identity identity) {
        return identity.hasId(searchedUserId);
    }

    /** Whether device names, IP addresses, subnets and buildings may be shown (the Advanced tab). */
    public boolean showsAdvanced() {
        return engineerView;
    }

    /** Whether DNS suffixes, BSSIDs, other Wi-Fi details and MAC addresses may be shown (the Debug tab). */
    public boolean showsDebug() {
        return engineerView;
    }

    /** {@code +15552823456} becomes {@code +15552823***}, for every role, as Microsoft's support roles show numbers. */
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
