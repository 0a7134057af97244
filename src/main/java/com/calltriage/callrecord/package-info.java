/**
 * The Microsoft Graph call records model (callRecord, sessions, segments, media, streams); its JSON reader is in json.
 * Declares the CallRecordStore and UserDirectory ports; uses the JDK only.
 * Core. May use: nothing.
 */
package com.calltriage.callrecord;
