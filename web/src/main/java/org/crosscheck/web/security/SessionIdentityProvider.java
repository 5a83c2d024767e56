package org.crosscheck.web.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A session cookie's token to the person it was opened for, with their roles as they are now. */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<Credentials.SessionToken> {

    static final String SIGNED_IN = "crosscheck.signed-in";

    private final EditorSessions sessions;

    SessionIdentityProvider(EditorSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<Credentials.SessionToken> getRequestType() {
        return Credentials.SessionToken.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(Credentials.SessionToken request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.token)
                .map(SessionIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("no such session")));
    }

    private static SecurityIdentity identity(EditorSessions.SignedIn person) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(person.username()))
                .addRoles(person.roles())
                .addAttribute(SIGNED_IN, person)
                .build();
    }
}
