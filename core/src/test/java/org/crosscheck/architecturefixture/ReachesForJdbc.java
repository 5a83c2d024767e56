package org.crosscheck.architecturefixture;

import java.sql.Connection;

/** A deliberate offender, so the architecture test proves it can fail. */
public class ReachesForJdbc {

    public boolean isOpen(Connection connection) throws java.sql.SQLException {
        return !connection.isClosed();
    }
}
