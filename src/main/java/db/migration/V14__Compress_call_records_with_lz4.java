package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the call records' JSON is compressed with LZ4 instead of the default pglz. A record's JSON (15 KB on
 * average, more for meetings) is always compressed out of line, and pglz made that most of the cost of storing it:
 * with LZ4 an import stores a batch of records in about a third of the time, and details and debug read them back
 * faster (docs/PERFORMANCE.md). Only values written from now on are compressed with it; those stored before stay
 * readable as they are.
 *
 * <p>A Java migration, not SQL, because it must do nothing where LZ4 is missing: on H2, and on a PostgreSQL before 14
 * or built without it.
 */
public class V14__Compress_call_records_with_lz4 extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            if (!offersLz4(statement)) {
                return;
            }
            statement.execute("ALTER TABLE call_record ALTER COLUMN raw_json SET COMPRESSION lz4, "
                    + "ALTER COLUMN diagnosis SET COMPRESSION lz4, ALTER COLUMN parties SET COMPRESSION lz4");
        }
    }

    private static boolean offersLz4(Statement statement) throws SQLException {
        try (ResultSet setting = statement.executeQuery("SELECT 1 FROM pg_settings "
                + "WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)")) {
            return setting.next();
        }
    }
}
