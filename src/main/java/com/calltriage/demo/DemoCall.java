package com.calltriage.demo;

import com.calltriage.callrecord.CallKind;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One generated call record with the trouble it was generated with.
 *
 * @param json          the callRecord as Graph would send it
 * @param trouble       what was wrong with the call, {@link DemoTrouble#NONE} for a good one
 * @param troubledUser  the Entra object id of the person on whose side the trouble was; null for good calls
 */
public record DemoCall(String id, Instant start, CallKind kind, ObjectNode json, DemoTrouble trouble,
                       String troubledUser) {
}
