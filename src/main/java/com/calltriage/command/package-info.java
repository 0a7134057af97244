/**
 * The command declarations, the parser, the handlers, and the view models they return.
 * Core: depends on callrecord, access and quality; never on Spring, the Bot Framework or HTTP.
 */
package com.calltriage.command;
