/**
 * A user's calls: the list and its pages, one call's details, and for engineers its debug view; the commands,
 * their handlers and the views they return.
 * Core. May use: access, building, callrecord, calls.report, command, command.reply, export, quality.
 */
package com.calltriage.calls;
