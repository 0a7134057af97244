/**
 * Renders view models as Adaptive Cards (schema 1.5) with Jackson trees, one card per reply type.
 * Core. May use: audit, callrecord, calls, calls.report, command, command.reply, escalation, quality.
 */
package com.calltriage.card;
