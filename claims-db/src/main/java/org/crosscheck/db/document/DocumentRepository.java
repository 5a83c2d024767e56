package org.crosscheck.db.document;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public Optional<Document> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /** The newest stored version of the article at {@code url}: what a new text at the same address corrects. */
    public Optional<Document> latestWithUrl(String url) {
        return find("url = ?1 order by id desc", url).firstResultOptional();
    }

    /**
     * Documents sharing at least one band hash with {@code bands} (index = band number), earliest published
     * (then earliest stored) first: the candidates a new body may be a syndicated copy of.
     */
    public List<Document> syndicationCandidates(long[] bands, int limit) {
        if (bands.length == 0) {
            return List.of();
        }
        StringBuilder match = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        for (int band = 0; band < bands.length; band++) {
            match.append(band == 0 ? "" : " or ").append("(b.band = ").append(band).append(" and b.hash = :h").append(band).append(')');
            parameters.put("h" + band, bands[band]);
        }
        return find("from Document d where d.id in (select b.document.id from SyndicationBand b where " + match
                + ") order by d.publishedFirst nulls last, d.id", parameters)
                .page(0, limit).list();
    }
}
