/**
 * Summaries for managers: the quality facts kept of every call for aggregation, the totals they add up to, and the
 * summary command, which shows aggregates only (no person's name or call). Declares the SummaryStore and
 * SummarySubscriptions ports.
 * Core. May use: access, building, callrecord, command, command.reply, conversation, quality.
 */
package com.calltriage.summary;
