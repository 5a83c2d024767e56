package org.crosscheck.db.account;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyRepository implements PanacheRepository<ApiKey> {

    /** The key with this hash, unless it has been revoked. */
    public Optional<ApiKey> findUsable(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
    }

    public List<ApiKey> listNewestFirst() {
        return find("from ApiKey k join fetch k.createdBy order by k.id desc").list();
    }

    public ApiKey create(String name, String keyHash, Account creator) {
        ApiKey key = new ApiKey();
        key.name = name;
        key.keyHash = keyHash;
        key.createdBy = creator;
        persist(key);
        return key;
    }

    /** Revokes the key; false when there is no such key or it was revoked already. */
    public boolean revoke(long id) {
        return update("revokedAt = ?1 where id = ?2 and revokedAt is null", OffsetDateTime.now(), id) == 1;
    }
}
