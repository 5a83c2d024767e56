package org.crosscheck.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.EditorSession;
import org.crosscheck.db.account.EditorSessionRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sign-in sessions: opened on sign-in, found again from the cookie's token, ended on sign-out or when idle too long. */
@ApplicationScoped
public class EditorSessions {

    /** Who a session belongs to. {@code key} (the token's hash) names the session without revealing the token. */
    public record SignedIn(long accountId, String username, String displayName, Set<String> roles, boolean passwordChangeRequired,
                           String key) {
    }

    // Writing last-seen on every request would make each page view a write; once a minute is precise enough.
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final EditorSessionRepository sessions;
    private final Duration idleTimeout;

    EditorSessions(EditorSessionRepository sessions,
                   @ConfigProperty(name = "crosscheck.session.idle-timeout", defaultValue = "PT12H") Duration idleTimeout) {
        this.sessions = sessions;
        this.idleTimeout = idleTimeout;
    }

    /** Opens a session for the account and returns the token for its cookie; sessions idle too long are swept out. */
    @Transactional
    public String open(Account account) {
        sessions.closeIdle(idleCutoff());
        String token = SecretToken.random();
        sessions.open(SecretToken.sha256(token), account);
        return token;
    }

    @Transactional
    public Optional<SignedIn> resolve(String token) {
        return sessions.findLive(SecretToken.sha256(token), idleCutoff()).map(session -> {
            OffsetDateTime now = OffsetDateTime.now();
            if (session.lastSeenAt.isBefore(now.minus(TOUCH_EVERY))) {
                session.lastSeenAt = now;
            }
            return signedIn(session);
        });
    }

    @Transactional
    public void close(String token) {
        sessions.close(SecretToken.sha256(token));
    }

    /** Ends every session of the account, as disabling it or changing its password must. */
    @Transactional
    public void closeAllOf(Account account) {
        sessions.closeAllOf(account);
    }

    private static SignedIn signedIn(EditorSession session) {
        Account account = session.account;
        // Until a password someone else chose is replaced, the account may do nothing but replace it.
        Set<String> roles = account.passwordChangeRequired ? Set.of()
                : account.roles.stream().map(r -> r.code).collect(Collectors.toUnmodifiableSet());
        return new SignedIn(account.id, account.username, account.displayName, roles, account.passwordChangeRequired, session.tokenHash);
    }

    private OffsetDateTime idleCutoff() {
        return OffsetDateTime.now().minus(idleTimeout);
    }
}
