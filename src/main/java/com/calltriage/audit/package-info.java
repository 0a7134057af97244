/**
 * The audit command: who asked what about whom, for admins.
 * Core. May use: access, callrecord, command, command.reply.
 */
package com.calltriage.audit;
