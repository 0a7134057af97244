package com.calltriage.command;

/** A command's syntax with the handler that answers it: what a feature contributes to the catalog. */
public record Command(CommandSyntax syntax, Handler handler) {

    /** Answers one parsed command; the asker has already been admitted and allowed by the command's roles. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @throws UnclearQuestionException when the asker can fix the question (a date that does not parse)
         */
        Answer handle(ParsedCommand command, Asking asking);
    }
}
