/**
 * The catalog of commands: the list of what each feature package contributes.
 * Core. May use: audit, calls, command, escalation, export, summary.
 */
package com.calltriage.catalog;
