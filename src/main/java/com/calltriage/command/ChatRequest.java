package com.calltriage.command;

import com.calltriage.access.Caller;

/**
 * A question as the bot edge hands it to the core: the text without the bot's @mention, who asked,
 * and in which conversation. Card button presses arrive here as text too, so they are checked exactly
 * like typed commands.
 */
public record ChatRequest(String text, Caller caller, String conversationId) {
}
