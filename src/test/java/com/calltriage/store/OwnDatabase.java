package com.calltriage.store;

import com.calltriage.testing.H2Database;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A database of the test class's own with the project's migrations applied: a {@link DataSource} parameter of
 * the class's {@code @BeforeAll} method gets it, and it is closed (a PostgreSQL schema dropped) once the class is
 * done; a {@link DatabaseReplicas} parameter gets it with another replica's way into it. Extend a class with
 * {@link H2}, or with {@link Postgres} for the PostgreSQL server the tests found, so that one contract runs on
 * either without code of its own for opening and closing.
 */
public abstract class OwnDatabase implements ParameterResolver {

    abstract Opened open() throws Exception;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == DataSource.class || type == DatabaseReplicas.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(ExtensionContext.Namespace.create(OwnDatabase.class,
                context.getRequiredTestClass()));
        DataSource first = store.getOrComputeIfAbsent("database", key -> openOrFail(), Opened.class).dataSource();
        if (parameter.getParameter().getType() == DataSource.class) {
            return first;
        }
        return store.getOrComputeIfAbsent("second", key -> DatabaseReplicas.besides(first), DatabaseReplicas.class);
    }

    private Opened openOrFail() {
        try {
            return open();
        } catch (Exception e) {
            throw new IllegalStateException("Could not open the test database", e);
        }
    }

    /** An open database, closed with the class's extension context. */
    record Opened(DataSource dataSource, AutoCloseable database) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            database.close();
        }
    }

    /** A private in-memory H2 database, the default: always there. */
    public static final class H2 extends OwnDatabase {
        @Override
        Opened open() {
            H2Database database = H2Database.migrated();
            return new Opened(database.dataSource(), database);
        }
    }

    /** A schema of its own on the PostgreSQL server; the class must run only where one is configured. */
    public static final class Postgres extends OwnDatabase {
        @Override
        Opened open() throws Exception {
            PostgresSchema database = PostgresSchema.migrated();
            return new Opened(database.dataSource(), database);
        }
    }
}
