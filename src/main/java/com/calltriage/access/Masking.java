package com.calltriage.access;

import com.calltriage.callrecord.Identity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one asker may see in one answer, as {@link MaskingPolicy} decided it. Views ask it for every
 * name and phone number they show, and build Advanced and Debug parts only when it says so.
 */
public final class Masking {
    public static final String INTERNAL_USER = "Internal User";
    public static final String EXTERNAL_USER = "External User";

    /** The number itself: digits and the separators people write in them; anything after is an extension. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[\\d\\s().-]*\\d");
    private static final Pattern MS_DIAG = Pattern.compile("(?i)ms-diag[:\\s]*(\\d{1,5})");
    private static final Pattern STATUS_CODE = Pattern.compile("(\\d{3})\\b");
    private static final Map<Integer, String> STATUS_WORDS = Map.of(
            408, "no answer in time (408)", 480, "the other side was not available (480)",
            486, "the other side was busy (486)", 487, "the call was cancelled (487)",
            500, "a Teams service error (500)", 503, "a Teams service was unavailable (503)",
            504, "a Teams service timed out (504)");
    private static final List<String> KNOWN_PRODUCTS = List.of("Teams", "Skype", "Lync");
    private static final List<String> KNOWN_PLATFORMS = List.of("Windows", "Mac", "iOS", "iPhone", "Android",
            "Linux", "Web");

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

    /**
     * A meeting's join link as this asker may see it. Teams puts the organizer's tenant and object id in its
     * {@code context} parameter, so only engineers get the query; others get the link to the meeting itself.
     */
    public String meetingLink(String joinWebUrl) {
        if (joinWebUrl == null || engineerView) {
            return joinWebUrl;
        }
        int query = joinWebUrl.indexOf('?');
        int fragment = joinWebUrl.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return end < 0 ? joinWebUrl : joinWebUrl.substring(0, end);
    }

    /**
     * Why a session failed, as this asker may read it. Graph's reason is free text that may name hosts and
     * addresses: engineers get it as sent, everyone else only the known codes in plain words, or nothing.
     */
    public String failureReason(String reason) {
        if (reason == null || engineerView) {
            return reason;
        }
        Matcher diagnostic = MS_DIAG.matcher(reason);
        if (diagnostic.find()) {
            int code = Integer.parseInt(diagnostic.group(1));
            return code >= 20 && code <= 29 ? "Ms-diag " + code + ": the network blocked the media connection"
                    : "Ms-diag " + code;
        }
        Matcher status = STATUS_CODE.matcher(reason.strip());
        return status.lookingAt() ? STATUS_WORDS.get(Integer.parseInt(status.group(1))) : null;
    }

    /**
     * A client as this asker may read it when Graph sent only the raw user-agent header, which may name hosts and
     * addresses: engineers get the header, everyone else the product and platform words found in it.
     */
    public String rawClient(String headerValue) {
        if (headerValue == null || engineerView) {
            return headerValue;
        }
        String lower = headerValue.toLowerCase(Locale.ROOT);
        String product = KNOWN_PRODUCTS.stream().filter(word -> lower.contains(word.toLowerCase(Locale.ROOT)))
                .findFirst().orElse("Unknown client");
        String platform = KNOWN_PLATFORMS.stream().filter(word -> lower.contains(word.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        return platform == null ? product : product + " on " + platform;
    }

    /**
     * {@code +15552823456} becomes {@code +15552823***}, for every role, as Microsoft's support roles show numbers.
     * A {@code tel:} prefix, and an extension after {@code ;}, {@code x} or {@code ext}, are dropped first: the
     * extension is a number of its own, and its digits are not the ones to mask.
     */
    public static String maskPhoneNumber(String number) {
        if (number == null) {
            return "***";
        }
        Matcher own = PHONE_NUMBER.matcher(number.strip().replaceFirst("(?i)^tel:", ""));
        String digits = own.lookingAt() ? own.group().strip() : number;
        int digitsSeen = 0;
        char[] chars = digits.toCharArray();
        for (int i = chars.length - 1; i >= 0 && digitsSeen < 3; i--) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '*';
                digitsSeen++;
            }
        }
        return new String(chars);
    }
}
