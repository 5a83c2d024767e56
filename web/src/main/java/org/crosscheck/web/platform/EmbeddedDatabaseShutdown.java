package org.crosscheck.web.platform;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * On a shutdown signal the JVM never returns to {@link CrosscheckMain}, so the embedded server is stopped here,
 * as the last shutdown step: the connection pool is closed first so no client is cut off mid-transaction.
 */
@ApplicationScoped
class EmbeddedDatabaseShutdown {

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ShutdownEvent event, AgroalDataSource pool) {
        DatabaseChoice.current().filter(DatabaseChoice::isEmbedded).ifPresent(choice -> {
            pool.close();
            choice.close();
        });
    }
}
