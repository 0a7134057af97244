/**
 * Files made from the core's view models: a user's sessions as CSV, the Session details report's export.
 * Core: depends on the command package's views, the JDK and Commons CSV only.
 */
package com.calltriage.export;
