package org.crosscheck.db.embedded;

/** The embedded database could not start or stop; the message names the data directory involved. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
