package org.crosscheck.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.ApiKey;
import org.crosscheck.db.account.ApiKeyRepository;
import org.crosscheck.db.audit.AuditLog;

/**
 * Issuing, checking and revoking API keys. The plain key exists only in the answer to {@link #issue}; the database
 * keeps its SHA-256 (a key is 256 random bits, so a fast hash is enough: there is nothing to guess from).
 */
@ApplicationScoped
public class ApiKeys {

    /** A new key: the stored row and the secret, to be shown once and never again. */
    public record Issued(ApiKey key, String secret) {
    }

    // A recognisable prefix lets secret scanners and people tell a Crosscheck key from other tokens.
    static final String PREFIX = "cck_";

    private final ApiKeyRepository keys;
    private final AccountRepository accounts;
    private final AuditLog audit;

    ApiKeys(ApiKeyRepository keys, AccountRepository accounts, AuditLog audit) {
        this.keys = keys;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public Issued issue(String name, long creatorId, String actor) {
        String secret = PREFIX + SecretToken.random();
        ApiKey key = keys.create(name.strip(), SecretToken.sha256(secret), accounts.findById(creatorId));
        audit.record(actor, "api-key.create", "api-key", key.id, "name " + key.name);
        return new Issued(key, secret);
    }

    /** Revokes the key at once; false when there is no such key or it was revoked before. */
    @Transactional
    public boolean revoke(long id, String actor) {
        boolean revoked = keys.revoke(id);
        if (revoked) {
            audit.record(actor, "api-key.revoke", "api-key", id, "name " + keys.findById(id).name);
        }
        return revoked;
    }

    /** The name a usable key acts under ({@code api-key:NAME#ID}), or empty for an unknown or revoked key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> holder(String secret) {
        return keys.findUsable(SecretToken.sha256(secret)).map(k -> "api-key:" + k.name + "#" + k.id);
    }
}
