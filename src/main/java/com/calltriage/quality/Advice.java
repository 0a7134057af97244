package com.calltriage.quality;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * What a rule's breach means in words a tier-1 agent can read aloud, and what to try next, beside the exact
 * measured line engineers read. Looked up by rule id, so ratings stored under an older rule set get today's words.
 *
 * <p>The headline is a template: {@value #WHOSE} becomes whose side it was ("Alice Wood's", "The other party's",
 * "The Teams service's"), {@value #NETWORK} the connection that side used ("Wi-Fi", "VPN", "wired network").
 *
 * @param ruleId    the rule it explains
 * @param concern   what the trouble was about, which decides whose side the headline names and which steps apply
 * @param headline  the template of the headline, e.g. "{whose} {network} was unstable during the call"
 * @param whatToTry the next step on the side where it happened, in Microsoft's published guidance
 * @param source    where the advice comes from
 */
public record Advice(String ruleId, Concern concern, String headline, String whatToTry, String source) {
    public static final String WHOSE = "{whose}";
    public static final String NETWORK = "{network}";
    /** Stands for the user searched for in the steps said when the trouble was not on their side. */
    public static final String SUBJECT = "{subject}";

    /** What a reason was about. */
    public enum Concern {
        /** The call as a whole (it failed or dropped): the user searched for had it, whoever's session it was. */
        CALL,
        /** A side's connection: the steps for the connection it used come first. */
        NETWORK,
        /** A person's microphone, speaker or sound device. */
        DEVICE
    }

    /** The words for a rule; empty for an id no rule has. */
    public static Optional<Advice> of(String ruleId) {
        return Optional.ofNullable(AdviceTable.BY_RULE.get(ruleId));
    }

    /** Every rule's words, for documentation and its completeness check. */
    public static Collection<Advice> all() {
        return AdviceTable.BY_RULE.values();
    }

    /**
     * The first step for trouble on a connection of this kind (Graph's connectionType: wifi, tunnel, mobile); empty
     * for a wired or unknown connection, where the rule's own step says it all.
     */
    public static Optional<String> forConnection(String connectionType) {
        return Optional.ofNullable(connectionType == null ? null
                : AdviceTable.BY_CONNECTION.get(connectionType.toLowerCase(Locale.ROOT)));
    }

    /** What to say when the trouble was on the other party's side, with {@value #SUBJECT} to fill in. */
    public static String otherPartysSide() {
        return AdviceTable.OTHER_PARTY;
    }

    /** What to say when the trouble was on a Teams service's side, with {@value #SUBJECT} to fill in. */
    public static String servicesSide() {
        return AdviceTable.SERVICE;
    }
}
