package org.crosscheck.db;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.hibernate.Session;

/**
 * Plain JDBC inside the current Hibernate transaction, for the bulk and array work Panache does not express
 * well (array parameters, streaming, upserts returning ids).
 */
public final class Jdbc {

    /** Work on the transaction's connection. */
    public interface Work {
        void execute(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    public static void work(EntityManager entityManager, Work work) {
        entityManager.unwrap(Session.class).doWork(work::execute);
    }

    /** A statement with its parameters bound in order; a collection becomes a text or bigint array. */
    public static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof java.util.Collection<?> values) {
                boolean text = !values.isEmpty() && values.iterator().next() instanceof String;
                statement.setArray(i + 1, connection.createArrayOf(text ? "text" : "bigint", values.toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    /** One column of {@code rows} bound as an SQL array of {@code type}: how statements that unnest arrays take rows. */
    public static <T> void setColumn(Connection connection, PreparedStatement statement, int index, String type, java.util.List<T> rows,
                                     java.util.function.Function<? super T, ?> column) throws SQLException {
        statement.setArray(index, connection.createArrayOf(type, rows.stream().map(column).toArray()));
    }

    /** A nullable bigint column. */
    public static Long longOrNull(java.sql.ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A bigint array column as a list (empty for SQL NULL). */
    public static java.util.List<Long> longs(java.sql.Array array) throws SQLException {
        java.util.List<Long> out = new java.util.ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                out.add(((Number) o).longValue());
            }
        }
        return out;
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
