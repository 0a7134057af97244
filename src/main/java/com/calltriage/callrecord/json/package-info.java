/**
 * Reads Graph's call record JSON into the model, leniently where Graph is, rejecting what is not a call record
 * with the path of the offending value. Besides the JDK, uses Jackson only.
 * Core. May use: callrecord.
 */
package com.calltriage.callrecord.json;
