/**
 * Calls, sessions and reasons in words, as the Session details report shows them: who was on either side, the
 * machines, networks and buildings, and the debug tabs of streams, client events, traceroutes and feedback.
 * Core. May use: access, building, callrecord, quality.
 */
package com.calltriage.calls.report;
