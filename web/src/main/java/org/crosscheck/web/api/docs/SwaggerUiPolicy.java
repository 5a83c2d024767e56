package org.crosscheck.web.api.docs;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Swagger UI under the site's script policy: its page starts itself with one inline script, which 'self' forbids.
 * Only on its pages, the policy also allows that one script by its SHA-256 (OpenApiDescriptionTest recomputes the
 * hash from the served page, so an upgrade that changes the script fails the build instead of the page).
 */
@ApplicationScoped
public class SwaggerUiPolicy {

    static final String PATH = "/q/swagger-ui";
    /** The packaged application's script, and the one of dev and test mode (which also persist authorization). */
    static final String INLINE_SCRIPT = "'sha256-Bc4MCmo3eDPvU16BhBcWMZUgDqc1e/UzzwdDbpYruPU=' 'sha256-hG9fqHqDD15ZC25GACsol9AT6asmuvKsEW2bv5yk764='";
    static final String POLICY = "default-src 'self'; script-src 'self' " + INLINE_SCRIPT + "; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.normalizedPath().startsWith(PATH)) {
                // set as the headers are written, after the site-wide policy was put on every response
                rc.addHeadersEndHandler(done -> rc.response().headers().set("Content-Security-Policy", POLICY));
            }
            rc.next();
        }, 10);
    }
}
