/**
 * The catalog of commands: the list of what each feature package contributes.
 * Core. May use: command, calls, export, audit.
 */
package com.calltriage.catalog;
