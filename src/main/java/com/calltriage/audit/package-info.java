/**
 * The audit command: who asked what about whom, for admins.
 * Core. May use: access, callrecord, command.
 */
package com.calltriage.audit;
