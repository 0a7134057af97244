package com.calltriage.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a refused production start as what is missing and what to do, instead of a stack trace: the operator's
 * mistake, not the program's.
 */
public class MissingProductionSettingsAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Set what is named (the bot's Azure Bot registration, a PostgreSQL JDBC URL), or leave out the "
                        + "prod profile to try CallTriage on this machine.", cause);
    }
}
