/**
 * What the core answers, as view models the card package renders: the Reply type every feature's views implement,
 * replies sent as files, and the replies every command shares (help, notices, refusals, choosing a user).
 * Core. May use: nothing.
 */
package com.calltriage.command.reply;
