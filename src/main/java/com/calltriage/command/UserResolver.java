package com.calltriage.command;

import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.UnknownUserView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Finds the user a helpdesk person means by an alias ({@code alice}), a UPN or a display name, the way
 * the admin portal's user search does: exact matches first; when there are none, close matches to offer.
 * People the store has not seen in a call are looked up in the directory, and only then: the store answers
 * without a network call.
 */
public final class UserResolver {
    private static final int MAX_CANDIDATES = 8;

    private final CallRecordStore store;
    private final UserDirectory directory;

    public UserResolver(CallRecordStore store) {
        this(store, UserDirectory.NONE);
    }

    public UserResolver(CallRecordStore store, UserDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /** The outcome of a search: exactly one user, several to choose from, or none (with close matches). */
    public record Resolution(List<KnownUser> exact, List<KnownUser> close) {
    }

    /**
     * The answer when a name fits several users (choose one) or none (the closest), each offered with the
     * command that asks again for exactly that user.
     *
     * @param askAgain the command text for a user named by UPN (or object id when there is none)
     */
    public static Answer notOneUser(String term, Resolution resolution, UnaryOperator<String> askAgain) {
        if (resolution.exact().size() > 1) {
            return Answer.answered(new ChooseUserView(term, candidates(resolution.exact(), askAgain)))
                    .noting(resolution.exact().size() + " users match");
        }
        return Answer.answered(new UnknownUserView(term, candidates(resolution.close(), askAgain)))
                .noting("no such user");
    }

    /** Users to choose from, each with the command that asks again for exactly that user. */
    public static List<ChooseUserView.Candidate> candidates(List<KnownUser> users, UnaryOperator<String> askAgain) {
        return users.stream()
                .map(u -> new ChooseUserView.Candidate(u.label(), u.userPrincipalName(),
                        askAgain.apply(u.userPrincipalName() != null ? u.userPrincipalName() : u.id())))
                .toList();
    }

    public Resolution resolve(String term) {
        String wanted = term.strip().toLowerCase(Locale.ROOT);
        List<KnownUser> found = store.findUsers(wanted, 50);
        List<KnownUser> exact = found.stream().filter(u -> isExactly(u, wanted)).toList();
        if (!exact.isEmpty()) {
            return new Resolution(exact, List.of());
        }
        List<KnownUser> listed = directory.search(term.strip(), MAX_CANDIDATES);
        List<KnownUser> exactInDirectory = listed.stream().filter(u -> isExactly(u, wanted)).toList();
        if (!exactInDirectory.isEmpty()) {
            return new Resolution(exactInDirectory, List.of());
        }
        Map<String, KnownUser> close = new LinkedHashMap<>();
        closeMatches(wanted, found).forEach(u -> close.put(u.id(), u));
        listed.forEach(u -> close.putIfAbsent(u.id(), u));
        return new Resolution(List.of(), close.values().stream().limit(MAX_CANDIDATES).toList());
    }

    private static boolean isExactly(KnownUser user, String wanted) {
        return wanted.equalsIgnoreCase(user.id())
                || wanted.equals(user.alias().orElse(null))
                || wanted.equalsIgnoreCase(user.userPrincipalName())
                || wanted.equalsIgnoreCase(user.displayName());
    }

    /** Users whose name contains the term, then users whose name is within a typo or two of it. */
    private List<KnownUser> closeMatches(String wanted, List<KnownUser> containing) {
        Map<String, KnownUser> close = new LinkedHashMap<>();
        containing.forEach(u -> close.put(u.id(), u));
        if (wanted.length() >= 2) {
            store.findUsers(wanted.substring(0, 1), 500).stream()
                    .filter(u -> distance(u, wanted) <= Math.max(1, wanted.length() / 3))
                    .sorted(Comparator.comparingInt(u -> distance(u, wanted)))
                    .forEach(u -> close.putIfAbsent(u.id(), u));
        }
        return close.values().stream().limit(MAX_CANDIDATES).toList();
    }

    private static int distance(KnownUser user, String wanted) {
        int best = Integer.MAX_VALUE;
        for (String name : new String[] {user.alias().orElse(null), lower(user.displayName()),
                                         firstWord(user.displayName())}) {
            if (name != null) {
                best = Math.min(best, EditDistance.between(name, wanted));
            }
        }
        return best;
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String value) {
        if (value == null) {
            return null;
        }
        String lower = lower(value);
        int space = lower.indexOf(' ');
        return space < 0 ? lower : lower.substring(0, space);
    }
}
