package org.crosscheck.web.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses, with a 403 page, every state-changing request to the workspace's pages that does not carry the
 * browser's form token, and every form post anywhere. The JSON API is left to authentication alone: a browser
 * cannot send a JSON body to another site without that site's consent (CORS), and the session cookie is SameSite.
 */
public class FormTokenCheck {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final FormTokens tokens;
    private final RefusalPages refusals;

    FormTokenCheck(FormTokens tokens, RefusalPages refusals) {
        this.tokens = tokens;
        this.refusals = refusals;
    }

    @ServerRequestFilter
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return Optional.empty();
        }
        boolean form = isForm(request.getMediaType());
        if (!form && routing.normalizedPath().startsWith("/api/")) {
            return Optional.empty();
        }
        String presented = request.getHeaderString(FormTokens.HEADER);
        if (presented == null && form) {
            presented = field((ResteasyReactiveRequestContext) request.getServerRequestContext());
        }
        if (tokens.matches(routing, presented)) {
            return Optional.empty();
        }
        return Optional.of(refusals.staleForm());
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private static String field(ResteasyReactiveRequestContext request) {
        FormData form = request.getFormData();
        if (form == null) {
            return null;
        }
        FormValue value = form.getFirst(FormTokens.FIELD);
        return value == null || value.isFileItem() ? null : value.getValue();
    }
}
