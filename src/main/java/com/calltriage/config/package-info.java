/**
 * Spring wiring and configuration properties: builds every feature from CallTriageProperties and the bot's
 * credentials. Edge: the only place that knows every package; the jobs read its properties.
 */
package com.calltriage.config;
