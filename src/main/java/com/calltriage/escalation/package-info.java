/**
 * Escalation handoff: a specialist hands a call to the engineers' channel as a ticket (E-12), engineers take, hand
 * over and resolve it, and the requester is told at each step; the commands, the tickets' state machine, the
 * Escalations port, the messages queued for the channel and the requester, and the views the cards show.
 * Core. May use: access, callrecord, calls, calls.report, command, command.reply, conversation, quality.
 */
package com.calltriage.escalation;
