package com.calltriage.escalation;

import java.util.Optional;

/**
 * Where a ticket stands. Open until an engineer takes it; taken by one owner, who may hand it to another; resolved
 * for good. Each state says which steps it accepts and where they lead, so a press that no longer applies (a
 * second Take, a Resolve on a resolved ticket) changes nothing.
 */
public enum EscalationState {
    OPEN("Open", "waiting for an engineer to take it"),
    TAKEN("Taken", "an engineer is working on it"),
    RESOLVED("Resolved", "done; the requester gets a note");

    private final String label;
    private final String meaning;

    EscalationState(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    /** What the state means for the requester, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** Open and taken tickets are open: they are listed, and a call has at most one of them. */
    public boolean isOpen() {
        return this != RESOLVED;
    }

    /** The state a step leads to from here; empty when the step does not apply in this state. */
    public Optional<EscalationState> after(Step step) {
        return switch (step) {
            case ESCALATED, POSTED -> Optional.empty();
            case TAKEN -> this == OPEN ? Optional.of(TAKEN) : Optional.empty();
            case HANDED_OVER -> isOpen() ? Optional.of(TAKEN) : Optional.empty();
            case RESOLVED -> isOpen() ? Optional.of(RESOLVED) : Optional.empty();
        };
    }

    /** What happens to a ticket, as its history tells it. */
    public enum Step {
        ESCALATED("escalated it"),
        POSTED("posted it in the escalations channel"),
        TAKEN("took it"),
        HANDED_OVER("handed it to"),
        RESOLVED("resolved it");

        private final String words;

        Step(String words) {
            this.words = words;
        }

        /** "took it", "handed it to": what the history says after who did it. */
        public String words() {
            return words;
        }
    }
}
