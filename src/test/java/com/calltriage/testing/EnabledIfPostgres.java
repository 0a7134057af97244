package com.calltriage.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the class on PostgreSQL when one can be reached: the server {@code CALLTRIAGE_TEST_POSTGRES_URL} names, or
 * else one answering on 127.0.0.1:5432 (database {@code test}, user {@code postgres}); skipped otherwise, and the
 * test run says so once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
public @interface EnabledIfPostgres {
}
