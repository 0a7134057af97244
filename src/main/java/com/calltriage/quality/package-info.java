/**
 * The quality rules and what they make of a call: verdicts, ranked reasons, and which values broke which rule.
 * Core: depends on the call record model, the JDK and Jackson (to store diagnoses as JSON).
 */
package com.calltriage.quality;
