package org.crosscheck.db.outlet;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class OutletRepository implements PanacheRepository<Outlet> {

    public Optional<Outlet> findByName(String name) {
        return find("nameKey", keyOf(name)).firstResultOptional();
    }

    /** The outlet called {@code name}, created on first sight. */
    public Outlet findOrCreate(String name) {
        return findByName(name).orElseGet(() -> {
            Outlet outlet = new Outlet();
            outlet.name = name.strip();
            outlet.nameKey = keyOf(name);
            persist(outlet);
            return outlet;
        });
    }

    /** Case, accents and spacing do not make another outlet. */
    static String keyOf(String name) {
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
