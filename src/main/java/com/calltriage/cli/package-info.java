/**
 * The command-line tools ({@code java -jar calltriage.jar import PATH...} and the others), one class each, and
 * SubCommands, which picks one by name and turns its outcome into the exit status. plain classes over
 * ingest, building, quality and demo, built by config; no Spring.
 * Edge. May use: building, callrecord, demo, ingest, quality.
 */
package com.calltriage.cli;
