package com.calltriage.testing;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Decides, once per test run, whether the PostgreSQL suites run, and where. See {@link EnabledIfPostgres}. */
public final class PostgresAvailable implements ExecutionCondition {
    public static final String URL_VARIABLE = "CALLTRIAGE_TEST_POSTGRES_URL";
    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private static Optional<String> url;
    private static boolean told;

    /** The server the PostgreSQL suites use; empty when none answers. */
    public static synchronized Optional<String> url() {
        if (url == null) {
            String named = System.getenv(URL_VARIABLE);
            url = named != null && !named.isBlank() ? Optional.of(named) : localServer();
        }
        return url;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (url().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url().get().replaceAll("\\?.*", ""));
        }
        synchronized (PostgresAvailable.class) {
            if (!told) {
                told = true;
                System.err.println("PostgreSQL suites skipped: no server answers on 127.0.0.1:5432 and "
                        + URL_VARIABLE + " is not set.");
            }
        }
        return ConditionEvaluationResult.disabled("no PostgreSQL server");
    }

    /** The local server, when something listens on its port and lets the test user in. */
    private static Optional<String> localServer() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
        } catch (Exception e) {
            return Optional.empty();
        }
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(LOCAL_URL)) {
            return connection.isValid(2) ? Optional.of(LOCAL_URL) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
