package org.crosscheck.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.crosscheck.web.api.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Refusals in each audience's language: the JSON API answers with problem JSON (401 with {@code WWW-Authenticate:
 * Bearer}, or 403); a page answers 401 with the sign-in form, so a person can sign in where they stand, or 403.
 * Priorities above Quarkus's own security mappers, which would answer without a body.
 */
public class AccessDeniedMappers {

    private static final int BEFORE_QUARKUS = Priorities.USER - 100;

    private final RefusalPages refusals;
    private final Viewer viewer;

    AccessDeniedMappers(RefusalPages refusals, Viewer viewer) {
        this.refusals = refusals;
        this.viewer = viewer;
    }

    @ServerExceptionMapper(priority = BEFORE_QUARKUS)
    public Response anonymous(UnauthorizedException e, RoutingContext routing) {
        return signInNeeded(routing, "send an API key (Authorization: Bearer KEY, or X-Api-Key: KEY) or sign in");
    }

    @ServerExceptionMapper(priority = BEFORE_QUARKUS)
    public Response badCredentials(AuthenticationFailedException e, RoutingContext routing) {
        return signInNeeded(routing, "the API key is unknown or has been revoked");
    }

    @ServerExceptionMapper(priority = BEFORE_QUARKUS)
    public Response forbidden(ForbiddenException e, RoutingContext routing) {
        if (isApi(routing)) {
            return Problem.of(403, "forbidden", "Not allowed", "these credentials do not allow this request", null).toResponse();
        }
        if (viewer.isPasswordChangeRequired()) {
            return Response.seeOther(URI.create(PasswordPage.PATH)).build();
        }
        return refusals.forbidden();
    }

    private Response signInNeeded(RoutingContext routing, String detail) {
        if (isApi(routing)) {
            Response problem = Problem.of(401, "unauthenticated", "Authentication required", detail, null).toResponse();
            return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        // After signing in, a page asked for is shown; a form sent is not re-sent, so the front page it is.
        String next = "GET".equals(routing.request().method().name()) ? routing.request().uri() : "/";
        return RefusalPages.page(Response.Status.UNAUTHORIZED, SignInPages.Templates.signIn(SignInPages.safeNext(next), "", null));
    }

    private static boolean isApi(RoutingContext routing) {
        return routing.normalizedPath().startsWith("/api/");
    }
}
