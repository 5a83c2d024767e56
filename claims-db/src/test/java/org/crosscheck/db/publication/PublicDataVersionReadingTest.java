package org.crosscheck.db.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosscheck.db.schema.MigratedSchema;
import org.junit.jupiter.api.Test;

/**
 * How a server learns that the public data changed: at once for a change it made on its own pool, and within the
 * check interval for one made elsewhere (another server sharing the database, or a tool writing to it).
 */
class PublicDataVersionReadingTest extends MigratedSchema {

    private static AgroalDataSource pool(PossibleWrites writes) throws SQLException {
        AgroalDataSource pool = AgroalDataSource.from(new AgroalPropertiesReader().readProperties(Map.of(
                "jdbcUrl", database.jdbcUrl(), "principal", database.username(), "credential", database.password(),
                "maxSize", "4")).get());
        pool.setPoolInterceptors(List.of(writes));
        return pool;
    }

    @Test
    void aChangeOnThisServersPoolIsSeenByItsNextReadEvenWithinALongInterval() throws Exception {
        PossibleWrites writes = new PossibleWrites();
        try (AgroalDataSource pool = pool(writes)) {
            PublicDataVersion versions = new PublicDataVersion(pool, writes, Duration.ofHours(1));
            long first = versions.current();
            assertThat(versions.current()).as("a public read does not count as a write").isEqualTo(first);
            try (Connection own = pool.getConnection()) {
                addOutlet(own);
            }
            long afterOwn = versions.current();
            assertThat(afterOwn).isNotEqualTo(first);

            try (Connection elsewhere = connect()) {
                addOutlet(elsewhere);
            }
            assertThat(versions.current()).as("a change made elsewhere waits for the interval").isEqualTo(afterOwn);
        }
    }

    @Test
    void aChangeMadeElsewhereIsSeenOnceTheIntervalHasPassed() throws Exception {
        PossibleWrites writes = new PossibleWrites();
        try (AgroalDataSource pool = pool(writes)) {
            PublicDataVersion versions = new PublicDataVersion(pool, writes, Duration.ZERO); // every read is past the interval
            long before = versions.current();
            try (Connection elsewhere = connect()) {
                addOutlet(elsewhere);
            }
            assertThat(writes.count()).as("nothing was written on this pool").isZero();
            assertThat(versions.current()).isNotEqualTo(before);
        }
    }

    private static void addOutlet(Connection connection) throws SQLException {
        String name = "Outlet " + UUID.randomUUID();
        try (Statement s = connection.createStatement()) {
            s.execute("INSERT INTO outlet (name, name_key) VALUES ('" + name + "', lower('" + name + "'))");
        }
    }
}
