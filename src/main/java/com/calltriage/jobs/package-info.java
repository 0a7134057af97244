/**
 * What the server does by itself, at start-up and on a schedule: drain the notification queue, deliver the outbox,
 * look after the subscription, recompute stale diagnoses (and write the summary's facts of calls that have none),
 * send the managers' morning summaries, delete expired audit entries, call records and quality totals, load the demo
 * tenant.
 * Spring runners and schedules over the features they start, with their settings from config's
 * CallTriageProperties; kept out of those features, which config wires and which therefore cannot read config.
 * Edge. May use: access, bot, building, callrecord, card, config, conversation, demo, escalation, ingest,
 * ingest.subscription, quality, replicas, summary.
 */
package com.calltriage.jobs;
