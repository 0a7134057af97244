package com.calltriage.jobs;

import com.calltriage.access.AuditLog;
import com.calltriage.config.CallTriageProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit log within its retention time: at start-up and every hour, questions older than
 * {@code calltriage.audit.retention} are deleted. Every replica may run it; deleting twice is harmless.
 */
@Component
@EnableScheduling
@ConditionalOnWebApplication
class AuditRetention {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditLog audit;
    private final CallTriageProperties properties;
    private final Clock clock;

    AuditRetention(AuditLog audit, CallTriageProperties properties, Clock clock) {
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1H")
    void deleteExpired() {
        int deleted = audit.deleteBefore(clock.instant().minus(properties.audit().retention()));
        if (deleted > 0) {
            LOG.info("Deleted {} audit entries older than {}", deleted, properties.audit().retention());
        }
    }
}
