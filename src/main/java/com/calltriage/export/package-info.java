/**
 * The export command: a user's sessions as the Session details report's CSV file.
 * Core. May use: access, callrecord, calls.report, command, command.reply, quality.
 */
package com.calltriage.export;
