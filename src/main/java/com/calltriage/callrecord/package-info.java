/**
 * The Microsoft Graph call records model (callRecord, sessions, segments, media, streams) and its lenient JSON parser.
 * Core: depends on the JDK and Jackson only; declares the CallRecordStore and UserDirectory ports.
 */
package com.calltriage.callrecord;
