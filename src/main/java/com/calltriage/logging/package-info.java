/**
 * How CallTriage writes its log lines: values from requests can never start a line of their own.
 * Edge. May use: nothing.
 */
package com.calltriage.logging;
