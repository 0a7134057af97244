package com.calltriage.command;

import com.calltriage.access.AuditEntry;
import com.calltriage.callrecord.CallRecordStore;
import com.calltriage.callrecord.DirectoryUnavailableException;
import com.calltriage.callrecord.KnownUser;
import com.calltriage.callrecord.UserDirectory;
import com.calltriage.command.reply.ChooseUserView;
import com.calltriage.command.reply.NoticeView;
import com.calltriage.command.reply.UnknownUserView;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The one way every command finds the person a question names: by object id, UPN, alias, display name, first name
 * or the start of a name, in any case, with or without spaces ({@link NameMatch}). People seen in stored calls are
 * found without a network call; the directory is asked only about a name the store does not know. Exactly one
 * match is the answer; several are offered to choose from; none gets close matches; a directory that could not
 * be searched is said to have failed. Nobody is ever guessed.
 */
public final class UserResolver {
    static final int MAX_CANDIDATES = 8;
    /** How many people the store looks through for a name typed without its spaces, or with a typo. */
    private static final int POOL = 500;
    private static final int HEAD = 3;

    private final CallRecordStore store;
    private final UserDirectory directory;

    public UserResolver(CallRecordStore store, UserDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    /** The person a name was found to be, or, when it is not exactly one, the answer that says so. */
    public record Lookup(KnownUser person, Answer otherwise) {
        public boolean found() {
            return person != null;
        }
    }

    /**
     * Finds the one person the typed name means.
     *
     * @param askAgain the command asking the same again about exactly one person, given their UPN (or object id
     *                 when there is none): what each offered person's button says
     * @return the person; or else a card to choose from several, an unknown name with close matches, or a notice
     *         that the directory could not be searched (audited as failed)
     */
    public Lookup find(String typed, UnaryOperator<String> askAgain) {
        Resolution found = resolve(typed);
        String term = Echo.of(typed);
        if (found.directoryFailure() != null) {
            return new Lookup(null, new Answer(new NoticeView("I couldn't search the directory just now",
                    "No one called " + term + " took part in the calls I keep, so I looked in the directory, and "
                            + found.directoryFailure() + ". Try again in a minute; I won't guess whom you meant."),
                    null, null, AuditEntry.Outcome.FAILED, "directory search failed: " + found.directoryFailure()));
        }
        if (found.matches().size() == 1) {
            return new Lookup(found.matches().get(0), null);
        }
        if (found.matches().size() > 1) {
            return new Lookup(null, Answer.answered(new ChooseUserView(term, candidates(found.matches(), askAgain)))
                    .noting(found.matches().size() + " users match"));
        }
        return new Lookup(null, Answer.answered(new UnknownUserView(term, candidates(found.close(), askAgain)))
                .noting("no such user"));
    }

    /**
     * What a search found: the people the term names (of the best {@link NameMatch} found), else close matches;
     * or why the directory could not be searched.
     */
    record Resolution(List<KnownUser> matches, List<KnownUser> close, String directoryFailure) {
    }

    Resolution resolve(String typed) {
        String term = typed.strip();
        Collection<KnownUser> seen = seenInCalls(term);
        List<KnownUser> named = bestMatches(seen, term);
        if (!named.isEmpty()) {
            return new Resolution(named, List.of(), null);
        }
        List<KnownUser> listed;
        try {
            listed = directory.search(term, MAX_CANDIDATES);
        } catch (DirectoryUnavailableException e) {
            return new Resolution(List.of(), List.of(), e.whatHappened());
        }
        named = bestMatches(listed, term);
        if (!named.isEmpty()) {
            return new Resolution(named, List.of(), null);
        }
        Map<String, KnownUser> close = new LinkedHashMap<>();
        seen.forEach(u -> close.put(u.id(), u));
        closeMatches(term.toLowerCase(Locale.ROOT)).forEach(u -> close.putIfAbsent(u.id(), u));
        listed.forEach(u -> close.putIfAbsent(u.id(), u));
        return new Resolution(List.of(), close.values().stream().limit(MAX_CANDIDATES).toList(), null);
    }

    /**
     * The people of stored calls whose id or UPN is the term, or whose name or UPN contains it or its first
     * letters: a name typed without its spaces ("quinnharlow") contains no stored name, but its start does.
     */
    private Collection<KnownUser> seenInCalls(String term) {
        Map<String, KnownUser> seen = new LinkedHashMap<>();
        store.findUsers(term, POOL).forEach(u -> seen.put(u.id(), u));
        if (seen.values().stream().anyMatch(u -> NameMatch.identifies(u, term))) {
            return seen.values();
        }
        String letters = NameMatch.letters(term);
        String head = letters.substring(0, Math.min(HEAD, letters.length()));
        if (!head.isEmpty() && !head.equals(term.toLowerCase(Locale.ROOT))) {
            store.findUsers(head, POOL).forEach(u -> seen.putIfAbsent(u.id(), u));
        }
        return seen.values();
    }

    /** The people of the best kind of match there is; empty when the term names none of them. */
    private static List<KnownUser> bestMatches(Collection<KnownUser> people, String term) {
        // An object id or UPN is the best match there is and takes no more than a comparison to find, so the
        // names of a few hundred people are only read when the term is neither.
        List<KnownUser> identified = people.stream().filter(u -> NameMatch.identifies(u, term)).toList();
        if (!identified.isEmpty()) {
            return identified;
        }
        String wanted = NameMatch.letters(term.strip());
        Map<NameMatch, List<KnownUser>> byMatch = new EnumMap<>(NameMatch.class);
        people.forEach(u -> byMatch.computeIfAbsent(NameMatch.of(u, term, wanted), m -> new ArrayList<>()).add(u));
        return byMatch.entrySet().stream().filter(e -> e.getKey().names()).findFirst().map(Map.Entry::getValue)
                .orElse(List.of());
    }

    /** Users each offered with the command that asks again for exactly them. */
    private static List<ChooseUserView.Candidate> candidates(List<KnownUser> users, UnaryOperator<String> askAgain) {
        return users.stream().limit(MAX_CANDIDATES)
                .map(u -> new ChooseUserView.Candidate(u.label(), u.userPrincipalName(),
                        askAgain.apply(u.userPrincipalName() != null ? u.userPrincipalName() : u.id())))
                .toList();
    }

    /** Users whose name is within a typo or two of the term. */
    private List<KnownUser> closeMatches(String wanted) {
        if (wanted.length() < 2) {
            return List.of();
        }
        return store.findUsers(wanted.substring(0, 1), POOL).stream()
                .filter(u -> distance(u, wanted) <= Math.max(1, wanted.length() / 3))
                .sorted(Comparator.comparingInt(u -> distance(u, wanted)))
                .limit(MAX_CANDIDATES)
                .toList();
    }

    private static int distance(KnownUser user, String wanted) {
        List<String> words = NameMatch.words(user.displayName());
        int best = Integer.MAX_VALUE;
        for (String name : new String[] {user.alias().orElse(null),
                                         user.displayName() == null ? null : NameMatch.plain(user.displayName()),
                                         words.isEmpty() ? null : words.get(0)}) {
            if (name != null) {
                best = Math.min(best, EditDistance.between(name, wanted));
            }
        }
        return best;
    }

    /**
     * How well a person fits what was typed, best first. A search answers with the people of the best kind it found,
     * so that an exact name is never outvoted by people whose names merely start with it, and a first name two
     * people share is never settled for one of them.
     */
    enum NameMatch {
        /** The object id or the UPN, in any case: one person at most. */
        IDENTIFIER,
        /**
         * The display name, the alias or the first name, in any case, with or without spaces, dots or accents:
         * "Quinn Harlow", "quinnharlow", "quinn.harlow" and "quinn" all name Quinn Harlow.
         */
        NAME,
        /** The start of the name, of one of its words or of the alias, two letters at least: "quinn h", "harl". */
        PREFIX,
        NONE;

        private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
        private static final Pattern MARK = Pattern.compile("\\p{M}");
        private static final int SHORTEST_PREFIX = 2;

        static NameMatch of(KnownUser user, String typed) {
            return of(user, typed, letters(typed.strip()));
        }

        /** @param wanted the term's {@link #letters}, worked out once for all the people it is matched against */
        private static NameMatch of(KnownUser user, String typed, String wanted) {
            if (identifies(user, typed)) {
                return IDENTIFIER;
            }
            if (wanted.isEmpty()) {
                return NONE;
            }
            String alias = user.alias().orElse(null);
            List<String> words = words(user.displayName());
            if (wanted.equals(letters(user.displayName())) || wanted.equals(letters(alias))
                    || (!words.isEmpty() && wanted.equals(words.get(0)))) {
                return NAME;
            }
            List<String> starts = new ArrayList<>(words);
            starts.addAll(words(alias));
            starts.add(letters(user.displayName()));
            starts.add(letters(alias));
            return wanted.length() >= SHORTEST_PREFIX && starts.stream().anyMatch(name -> name.startsWith(wanted))
                    ? PREFIX : NONE;
        }

        /** Whether the term is the person's object id or UPN, in any case: {@link #IDENTIFIER}. */
        static boolean identifies(KnownUser user, String typed) {
            String term = typed.strip();
            return term.equalsIgnoreCase(user.id()) || term.equalsIgnoreCase(user.userPrincipalName());
        }

        /** Whether people of this kind are what the term means; NONE only makes them close matches. */
        boolean names() {
            return this != NONE;
        }

        /** Lower-case letters and digits only, accents dropped: "Quinn Harlow", "quinn.harlow", "QuinnHarlow" alike. */
        static String letters(String text) {
            return text == null ? "" : NOT_A_LETTER.matcher(plain(text)).replaceAll("");
        }

        /** "Harlow, Quinn" is [harlow, quinn]; "quinn.harlow" is [quinn, harlow]. */
        static List<String> words(String text) {
            return text == null ? List.of()
                    : NOT_A_LETTER.splitAsStream(plain(text)).filter(word -> !word.isEmpty()).toList();
        }

        static String plain(String text) {
            // Plain ASCII has no accents to take apart: most names and every UPN skip the normalizing.
            String unaccented = text.chars().allMatch(c -> c < 0x80) ? text
                    : MARK.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
            return unaccented.toLowerCase(Locale.ROOT);
        }
    }
}
