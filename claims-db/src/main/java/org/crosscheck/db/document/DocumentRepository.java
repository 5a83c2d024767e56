package org.crosscheck.db.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public Optional<Document> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
