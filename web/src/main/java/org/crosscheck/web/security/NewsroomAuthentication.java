package org.crosscheck.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * Who is asking: a program presenting an API key ({@code Authorization: Bearer KEY} or {@code X-Api-Key: KEY}), a
 * person with a sign-in session cookie, or nobody. A wrong or revoked key fails a request that needs an identity (reads
 * never ask, authentication being lazy); a stale session cookie
 * only makes the visitor anonymous again (and is cleared), so public pages keep working after a session ends.
 */
@ApplicationScoped
public class NewsroomAuthentication implements HttpAuthenticationMechanism {

    static final String API_KEY_HEADER = "X-Api-Key";
    private static final String BEARER = "bearer ";

    private final NewsroomCookies cookies;

    NewsroomAuthentication(NewsroomCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = apiKeyIn(context.request());
        if (key != null) {
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Credentials.ApiKeySecret(key), context));
        }
        String token = cookies.read(context, cookies.session()).orElse(null);
        if (token == null) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new Credentials.SessionToken(token), context))
                .onFailure(AuthenticationFailedException.class).recoverWithItem(() -> {
                    cookies.clear(context, cookies.session());
                    return null;
                });
    }

    static String apiKeyIn(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.length() > BEARER.length()
                && authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return authorization.substring(BEARER.length()).strip();
        }
        String header = request.getHeader(API_KEY_HEADER);
        return header == null || header.isBlank() ? null : header.strip();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Credentials.SessionToken.class, Credentials.ApiKeySecret.class);
    }
}
