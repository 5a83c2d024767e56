package org.crosscheck.db.publication;

import org.crosscheck.db.Jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Read-only SQL on one connection for the public side. Public reads run outside any transaction, straight on the
 * pool's connections: a lookup is one or two statements and must not pay for a Hibernate session. Parameters are
 * bound in order; a collection becomes a bigint or text array.
 */
final class Sql {

    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    interface Reading<T> {
        T read(Sql sql) throws SQLException;
    }

    /** One read on one pooled connection, in autocommit: what the public side sees is always committed. */
    static <T> T read(javax.sql.DataSource source, Reading<T> reading) {
        PossibleWrites.startPublicRead();
        try (Connection connection = source.getConnection()) {
            return reading.read(new Sql(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("public read failed: " + e.getMessage(), e);
        } finally {
            PossibleWrites.endPublicRead();
        }
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement statement = Jdbc.prepared(connection, sql, parameters); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                out.add(row.read(rows));
            }
        }
        return out;
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... parameters) throws SQLException {
        List<T> found = list(sql, row, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }


    static Long longOrNull(ResultSet row, int column) throws SQLException {
        return Jdbc.longOrNull(row, column);
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp at = row.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    static LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static List<Long> longs(ResultSet row, int column) throws SQLException {
        return Jdbc.longs(row.getArray(column));
    }

    static List<String> texts(ResultSet row, int column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add((String) o);
        }
        return out;
    }
}
