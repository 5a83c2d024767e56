package org.crosscheck.db.review;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.db.Jdbc;

/**
 * Plain SQL in the current transaction for the editor pages: their reads join many tables and page through
 * thousands of rows, which one statement does in a few milliseconds. Parameters are bound in order; a collection
 * becomes a bigint or text array.
 */
public final class Sql {

    /** Turns the current row into a value. */
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final EntityManager entityManager;

    public Sql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        List<T> out = new ArrayList<>();
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement statement = Jdbc.prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    out.add(row.read(rows));
                }
            }
        });
        return out;
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        List<T> found = list(sql, row, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public long count(String sql, Object... parameters) {
        return one(sql, r -> r.getLong(1), parameters).orElse(0L);
    }

    /** Runs an insert, update or delete; returns the rows changed. */
    public int update(String sql, Object... parameters) {
        int[] changed = new int[1];
        Jdbc.work(entityManager, connection -> {
            try (PreparedStatement statement = Jdbc.prepared(connection, sql, parameters)) {
                changed[0] = statement.executeUpdate();
            }
        });
        return changed[0];
    }


    /** A nullable bigint column. */
    public static Long longOrNull(ResultSet row, int column) throws SQLException {
        return Jdbc.longOrNull(row, column);
    }
}
