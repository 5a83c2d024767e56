package org.crosscheck.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The person looking at a page, for the pages themselves ({@code inject:viewer} in templates) and for resources
 * that act in their name: signed in or not, their name and roles, the form token, and a notice waiting for them.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final RoutingContext routing;
    private final FormTokens tokens;
    private final Flash flash;
    private Optional<Flash.Notice> notice;

    Viewer(SecurityIdentity identity, RoutingContext routing, FormTokens tokens, Flash flash) {
        this.identity = identity;
        this.routing = routing;
        this.tokens = tokens;
        this.flash = flash;
    }

    public Optional<EditorSessions.SignedIn> person() {
        return Optional.ofNullable(identity.getAttribute(SessionIdentityProvider.SIGNED_IN));
    }

    public boolean isSignedIn() {
        return person().isPresent();
    }

    public String getName() {
        return person().map(EditorSessions.SignedIn::displayName).orElse("");
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** A newsroom member with any role: may see the workspace's internal pages. */
    public boolean isMember() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.PUBLISHER) || isAdmin();
    }

    public boolean isPasswordChangeRequired() {
        return person().map(EditorSessions.SignedIn::passwordChangeRequired).orElse(false);
    }

    /** Who the audit log names for what this request does. */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String getFormField() {
        return FormTokens.FIELD;
    }

    public String getFormToken() {
        return tokens.current(routing);
    }

    /** The notice left for this page, read once per request (the layout and a page may both ask). */
    public Flash.Notice getNotice() {
        if (notice == null) {
            notice = person().flatMap(p -> flash.take(p.key()));
        }
        return notice.orElse(null);
    }

    public void tell(String message) {
        person().ifPresent(p -> flash.put(p.key(), Flash.Notice.of(message)));
    }

    public void tellOnce(String message, String secret) {
        person().ifPresent(p -> flash.put(p.key(), new Flash.Notice(message, secret)));
    }
}
