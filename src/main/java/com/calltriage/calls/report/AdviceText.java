package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.quality.Advice;
import com.calltriage.quality.Reason;
import com.calltriage.quality.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A call's main cause in plain words and what to try next, for a tier-1 agent to read aloud: whose side it was
 * on (the user searched for, the other party, a Teams service) and the steps Microsoft's guidance gives for it.
 * Other people are never named here: the headline says "the other party", whoever asks.
 */
public final class AdviceText {
    /** A few steps are read out; more would bury the first. */
    static final int MAX_STEPS = 3;

    private AdviceText() {
    }

    /** Whose side a reason was on, seen from the user the call is looked at for. */
    private enum Side { SUBJECT, OTHER_PARTY, SERVICE }

    /**
     * The headline of a reason, e.g. "Alice Wood's Wi-Fi was unstable during the call", or "The other party's
     * wired network was slow, so speech arrived late: nothing to change on Alice Wood's side".
     *
     * @param subject the user the call is looked at for, as the card names them; null when none was named, and
     *                then every side is named as the asker may see it
     */
    public static String headline(Reason reason, Masking masking, String subject) {
        Optional<Advice> advice = Advice.of(reason.ruleId());
        if (advice.isEmpty()) {
            return ReasonText.sentence(reason, masking);
        }
        Side side = side(reason, masking, subject);
        boolean aboutTheCall = advice.get().concern() == Advice.Concern.CALL;
        String text = advice.get().headline()
                .replace(Advice.WHOSE, aboutTheCall ? whoseCall(reason, masking, subject) : whose(reason, side, masking))
                .replace(Advice.NETWORK, ReasonText.connection(reason.connection()));
        return side == Side.SUBJECT || aboutTheCall ? text
                : text + ": nothing to change on " + subject + "'s side";
    }

    /**
     * What to try, first for the main cause, then for the other reasons on the same side, each step once; empty
     * when nothing was red.
     */
    public static List<String> whatToTry(List<Reason> ranked, Masking masking, String subject) {
        Reason main = ranked.stream().filter(r -> r.severity().isMainCauseCandidate()).findFirst().orElse(null);
        if (main == null) {
            return List.of();
        }
        Set<String> steps = new LinkedHashSet<>(steps(main, masking, subject));
        ranked.stream().filter(r -> r.severity() != Severity.NOTE && Objects.equals(r.person(), main.person()))
                .forEach(r -> steps.addAll(steps(r, masking, subject)));
        return steps.stream().limit(MAX_STEPS).toList();
    }

    private static List<String> steps(Reason reason, Masking masking, String subject) {
        Optional<Advice> found = Advice.of(reason.ruleId());
        if (found.isEmpty()) {
            return List.of();
        }
        Advice advice = found.get();
        String user = subject == null ? "the user" : subject;
        if (advice.concern() == Advice.Concern.CALL) {
            return List.of(advice.whatToTry());
        }
        return switch (side(reason, masking, subject)) {
            case OTHER_PARTY -> List.of(Advice.otherPartysSide().replace(Advice.SUBJECT, user));
            case SERVICE -> List.of(Advice.servicesSide().replace(Advice.SUBJECT, user));
            case SUBJECT -> advice.concern() == Advice.Concern.NETWORK
                    ? Advice.forConnection(reason.connection()).map(first -> List.of(first, advice.whatToTry()))
                            .orElse(List.of(advice.whatToTry()))
                    : List.of(advice.whatToTry());
        };
    }

    private static Side side(Reason reason, Masking masking, String subject) {
        if (reason.person() == null) {
            return Side.SERVICE;
        }
        return subject == null || masking.isSearchedUser(reason.person()) ? Side.SUBJECT : Side.OTHER_PARTY;
    }

    private static String whose(Reason reason, Side side, Masking masking) {
        return switch (side) {
            case SUBJECT -> masking.nameOf(reason.person()) + "'s";
            case OTHER_PARTY -> "The other party's";
            case SERVICE -> "The Teams service's";
        };
    }

    /** A failed or dropped call is the searched user's trouble, whichever side's session recorded it. */
    private static String whoseCall(Reason reason, Masking masking, String subject) {
        if (subject != null) {
            return subject + "'s";
        }
        return reason.person() == null ? "The" : masking.nameOf(reason.person()) + "'s";
    }
}
