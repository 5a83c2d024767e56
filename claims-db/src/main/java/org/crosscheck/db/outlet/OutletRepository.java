package org.crosscheck.db.outlet;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import org.crosscheck.db.NameKey;
import java.util.Optional;

@ApplicationScoped
public class OutletRepository implements PanacheRepository<Outlet> {

    public Optional<Outlet> findByName(String name) {
        return find("nameKey", keyOf(name)).firstResultOptional();
    }

    /**
     * The outlet called {@code name}, created on first sight. Two articles from a new outlet may arrive at the same
     * moment: the insert yields to the other's row instead of failing either article.
     */
    public Outlet findOrCreate(String name) {
        Optional<Outlet> known = findByName(name);
        if (known.isPresent()) {
            return known.get();
        }
        getEntityManager().createNativeQuery("INSERT INTO outlet (name, name_key) VALUES (?1, ?2) ON CONFLICT (name_key) DO NOTHING")
                .setParameter(1, name.strip())
                .setParameter(2, keyOf(name))
                .executeUpdate();
        return findByName(name).orElseThrow();
    }

    static String keyOf(String name) {
        return NameKey.of(name);
    }
}
