package com.calltriage.command;

/**
 * Sentences the bot edge says without asking a handler: about a file offer, or when a turn breaks. Kept here so
 * that every word users read is written in the core.
 */
public final class Messages {
    private Messages() {
    }

    /** The user declined a file; {@code command} makes it again, null when the offer carried none. */
    public static String fileDeclined(String command) {
        return "No file was sent." + (command == null ? "" : " Ask again whenever you need it: " + command);
    }

    /** The user accepted a file, and it could not be put where Teams said. */
    public static String fileNotUploaded() {
        return "I could not put the file where Teams asked me to, so nothing was shared. Ask for the export again.";
    }

    public static String fileOfferUnreadable() {
        return "I can't read that file offer. Ask for the export again.";
    }

    /** @param reference the id the one log line about the failure carries */
    public static String apology(String reference) {
        return "Sorry, something went wrong on my side. If it happens again, give the helpdesk this reference: "
                + reference;
    }

    /** With a shared answer when the full one went to the asker's personal chat. */
    public static String fullAnswerSentPrivately() {
        return "Full details sent to you privately.";
    }

    /** With a shared answer when the asker may see more but the bot has no personal chat with them yet. */
    public static String askInPersonalChat() {
        return "There is more for your role: open CallTriage under Apps in Teams and ask me in our personal chat.";
    }
}
