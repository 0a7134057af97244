/**
 * The demo tenant: people, offices and a deterministic generator of Graph call records.
 * Used by the demo loader, the demo-data sub-command and tests; besides the JDK, uses Jackson only.
 * Core. May use: callrecord.
 */
package com.calltriage.demo;
