/**
 * The quality rules and what they make of a call: verdicts, ranked reasons, and which values broke which rule.
 * Besides the JDK, uses Jackson only (to store diagnoses as JSON).
 * Core. May use: callrecord.
 */
package com.calltriage.quality;
