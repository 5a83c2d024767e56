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
