/**
 * Spring wiring, configuration properties, the sub-commands and the demo loader.
 * Edge: the only place that knows every package.
 */
package com.calltriage.config;
