package com.calltriage.jobs;

import com.calltriage.quality.DiagnosisStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, recomputes the diagnoses stored under an older rule set, so a new rule or a changed
 * yellow band applies to every stored call, not only to new ones. Records themselves are not touched.
 */
@Component
@ConditionalOnWebApplication
@Order(0)
class DiagnosisRefresher implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisRefresher.class);

    private final DiagnosisStore diagnoses;

    DiagnosisRefresher(DiagnosisStore diagnoses) {
        this.diagnoses = diagnoses;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int refreshed = diagnoses.refreshStaleDiagnoses();
        if (refreshed > 0) {
            LOG.info("Recomputed {} diagnoses made under an older rule set in {} ms", refreshed,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
