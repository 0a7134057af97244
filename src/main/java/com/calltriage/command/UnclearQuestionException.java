package com.calltriage.command;

import com.calltriage.command.reply.NoticeView;

/**
 * A question the asker can fix (a date that does not parse, a range that ends before it starts). The
 * dispatcher answers it with a notice saying what was wrong and what to ask instead.
 */
public final class UnclearQuestionException extends RuntimeException {
    private final String advice;

    /**
     * @param problem what is wrong with the question, in a sentence
     * @param advice  what to ask instead
     */
    public UnclearQuestionException(String problem, String advice) {
        super(problem);
        this.advice = advice;
    }

    NoticeView notice() {
        return new NoticeView(getMessage(), advice);
    }
}
