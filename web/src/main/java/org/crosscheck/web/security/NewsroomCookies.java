package org.crosscheck.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two cookies the workspace sets: the sign-in session and the form token. Both are HttpOnly (no script reads
 * them). They are Secure when the request came over TLS, and always when {@code crosscheck.cookies.secure} is true
 * (behind a proxy that ends TLS); then they also take the {@code __Host-} prefix, which a browser only accepts from
 * this very host, so a sibling subdomain cannot plant a form token.
 */
@ApplicationScoped
public class NewsroomCookies {

    private static final String HOST_ONLY = "__Host-";

    private final boolean alwaysSecure;

    NewsroomCookies(@ConfigProperty(name = "crosscheck.cookies.secure", defaultValue = "false") boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    public String session() {
        return name("crosscheck-session");
    }

    public String formToken() {
        return name("crosscheck-form");
    }

    public Optional<String> read(RoutingContext request, String name) {
        Cookie cookie = request.request().getCookie(name);
        return Optional.ofNullable(cookie).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** A cookie for this browser session (no expiry): Lax lets a link from elsewhere open a page signed in; Strict never. */
    public void set(RoutingContext request, String name, String value, CookieSameSite sameSite) {
        request.response().addCookie(Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(sameSite)
                .setSecure(secure(request)));
    }

    public void clear(RoutingContext request, String name) {
        request.response().addCookie(Cookie.cookie(name, "").setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(secure(request)).setMaxAge(0));
    }

    private boolean secure(RoutingContext request) {
        return alwaysSecure || "https".equals(request.request().scheme());
    }

    private String name(String base) {
        return alwaysSecure ? HOST_ONLY + base : base;
    }
}
