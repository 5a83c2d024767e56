package org.crosscheck.web.api.problem;

import java.sql.SQLException;

/**
 * Whether a failure means the database cannot be reached (connection refused or lost, the pool timing out for a
 * connection, the server shutting down): the client should hear 503 and try again, not 500.
 */
final class DatabaseOutage {

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P: operator intervention (shutdown, crash); 53300: too many connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("acquisition timeout") || message.contains("connection refused")) {
                    return true;
                }
            }
            if (t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
