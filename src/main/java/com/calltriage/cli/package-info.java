/**
 * The command-line tools ({@code java -jar calltriage.jar import PATH...} and the others), one class each, and
 * SubCommands, which picks one by name and turns its outcome into the exit status. Edge: plain classes over
 * ingest, building, quality and demo, built by config; no Spring.
 */
package com.calltriage.cli;
