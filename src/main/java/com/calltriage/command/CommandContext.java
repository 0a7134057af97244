package com.calltriage.command;

import com.calltriage.access.AccessControl;
import com.calltriage.access.AuditLog;
import java.time.Clock;
import java.time.Duration;

/**
 * What every feature's handlers may read: the data, who may see what, the audit log, the lists shown in each
 * conversation and the time.
 *
 * @param auditRetention how long the audit log keeps questions, as the audit command tells admins
 */
public record CommandContext(CallData data, AccessControl access, AuditLog audit, RecentLists lists, Clock clock,
                             Duration auditRetention) {

    /** With a fresh memory of the lists shown. */
    public CommandContext(CallData data, AccessControl access, AuditLog audit, Clock clock, Duration auditRetention) {
        this(data, access, audit, new MemoryRecentLists(), clock, auditRetention);
    }

    /** How every command finds the person a question names: the store first, then the directory. */
    public UserResolver users() {
        return new UserResolver(data.calls(), data.directory());
    }
}
