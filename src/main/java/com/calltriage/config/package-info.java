/**
 * Spring wiring, configuration properties, the sub-commands and the demo loader.
 * The only place that knows every package.
 * Edge. May use: access, bot, building, callrecord, card, catalog, command, demo, graph, ingest, quality, store.
 */
package com.calltriage.config;
