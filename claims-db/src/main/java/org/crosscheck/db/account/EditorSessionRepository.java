package org.crosscheck.db.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;

@ApplicationScoped
public class EditorSessionRepository implements PanacheRepositoryBase<EditorSession, String> {

    public EditorSession open(String tokenHash, Account account) {
        EditorSession session = new EditorSession();
        session.tokenHash = tokenHash;
        session.account = account;
        session.lastSeenAt = OffsetDateTime.now();
        persist(session);
        return session;
    }

    /** The session with this token hash, if it was used since {@code idleCutoff} and its account is not disabled. */
    public Optional<EditorSession> findLive(String tokenHash, OffsetDateTime idleCutoff) {
        return find("from EditorSession s join fetch s.account a where s.tokenHash = ?1 and s.lastSeenAt >= ?2 and a.disabled = false",
                tokenHash, idleCutoff).firstResultOptional();
    }

    public void close(String tokenHash) {
        deleteById(tokenHash);
    }

    public long closeAllOf(Account account) {
        return delete("account", account);
    }

    public long closeIdle(OffsetDateTime idleCutoff) {
        return delete("lastSeenAt < ?1", idleCutoff);
    }
}
