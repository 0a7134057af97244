/**
 * Renders view models as Adaptive Cards (schema 1.5) with Jackson trees, one card per reply type; draws the
 * summary's trend picture with JFreeChart.
 * Core. May use: audit, callrecord, calls, calls.report, command, command.reply, escalation, quality, summary.
 */
package com.calltriage.card;
