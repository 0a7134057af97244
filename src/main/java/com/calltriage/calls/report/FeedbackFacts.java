package com.calltriage.calls.report;

import com.calltriage.access.Masking;
import com.calltriage.callrecord.Endpoint;
import com.calltriage.callrecord.Feedback;
import com.calltriage.callrecord.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Feedback tab: the end-of-call survey each person on the session filled in, their rating, what they
 * wrote (shown exactly as typed) and the problems they ticked.
 */
final class FeedbackFacts {
    private FeedbackFacts() {
    }

    static Optional<SessionSection> of(Session session, Masking masking) {
        List<SessionView.Side> sides = Stream.of(session.caller(), session.callee())
                .filter(endpoint -> endpoint != null && endpoint.feedback() != null)
                .map(endpoint -> side(endpoint, masking))
                .toList();
        return sides.isEmpty() ? Optional.empty()
                : Optional.of(new SessionSection(SessionTab.FEEDBACK, sides, List.of()));
    }

    private static SessionView.Side side(Endpoint endpoint, Masking masking) {
        Feedback feedback = endpoint.feedback();
        List<Fact> facts = new ArrayList<>();
        Fact.add(facts, "Rating", words(feedback.rating()));
        Fact.add(facts, "Comment", feedback.text());
        Fact.add(facts, "Problems", feedback.tokens().entrySet().stream()
                .filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().map(FeedbackFacts::words)
                .collect(Collectors.joining(", ")));
        return new SessionView.Side(SessionFacts.who(endpoint, masking), facts);
    }

    /** Graph's camel-case words as a phrase: "notRated" is "Not rated", "DistortedSpeech" "Distorted speech". */
    private static String words(String camelCase) {
        if (camelCase == null || camelCase.isBlank()) {
            return null;
        }
        String spaced = camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
