/**
 * The pipeline every command goes through (declaration, parser, dispatcher, audit) and what commands share:
 * finding a user, time windows, the lists shown in each conversation, and the generic replies.
 * Core. May use: access, building, callrecord, command.reply, conversation, quality.
 */
package com.calltriage.command;
