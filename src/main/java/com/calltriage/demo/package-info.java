/**
 * The demo tenant: people, offices and a deterministic generator of Graph call records.
 * Depends on callrecord and Jackson only; used by the demo loader, the demo-data sub-command and tests.
 */
package com.calltriage.demo;
