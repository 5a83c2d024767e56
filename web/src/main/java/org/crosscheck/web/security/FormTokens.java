package org.crosscheck.web.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The per-session form token against cross-site request forgery. Every browser gets a random token in a Strict,
 * HttpOnly cookie; every form of ours repeats it in a hidden field ({@value #FIELD}, or the {@value #HEADER} header
 * for scripted requests), and {@link FormTokenCheck} refuses a form whose copy does not match. Another site can make
 * a browser send our cookie, but it can neither read it nor guess it, so it cannot fill in the field. The token is
 * renewed on sign-in and sign-out, so a token seen before signing in is useless after.
 */
@ApplicationScoped
public class FormTokens {

    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    private static final String IN_REQUEST = "crosscheck.form-token";
    // Runs before the routes; its position among other filters does not matter.
    private static final int FILTER_PRIORITY = 100;

    private final NewsroomCookies cookies;

    FormTokens(NewsroomCookies cookies) {
        this.cookies = cookies;
    }

    void register(@Observes Filters filters) {
        filters.register(this::ensure, FILTER_PRIORITY);
    }

    /** Pages and forms (not the JSON API, not the platform's /q/ endpoints) always have a token to put in a form. */
    private void ensure(RoutingContext request) {
        String path = request.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            String token = cookies.read(request, cookies.formToken()).orElse(null);
            if (token == null) {
                renew(request);
            } else {
                request.put(IN_REQUEST, token);
            }
        }
        request.next();
    }

    /** The token this request's page must put in its forms. */
    public String current(RoutingContext request) {
        String token = request.get(IN_REQUEST);
        return token != null ? token : renew(request);
    }

    /** A fresh token for this browser, set in its cookie and used by the page being rendered. */
    public String renew(RoutingContext request) {
        String token = SecretToken.random();
        cookies.set(request, cookies.formToken(), token, CookieSameSite.STRICT);
        request.put(IN_REQUEST, token);
        return token;
    }

    /** Whether {@code presented} is the token this browser's cookie holds. */
    boolean matches(RoutingContext request, String presented) {
        return cookies.read(request, cookies.formToken()).map(expected -> SecretToken.same(expected, presented)).orElse(false);
    }
}
