/**
 * Spring wiring and configuration properties: builds every feature from CallTriageProperties and the bot's
 * credentials. The only place that knows every package; the jobs read its properties.
 * Edge. May use: access, bot, building, callrecord, card, catalog, cli, command, conversation, demo, escalation, graph, ingest,
 * ingest.subscription, quality, replicas, store, summary.
 */
package com.calltriage.config;
