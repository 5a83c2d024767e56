package org.crosscheck.web.demo;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.ingest.article.RejectedArticle;
import org.crosscheck.ingest.article.SubmissionRules;
import org.crosscheck.ingest.batch.ArticleFile;
import org.crosscheck.ingest.document.DocumentStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On first start with an empty database, stores the demo story (invented articles from invented outlets, written for
 * the project; see resources/demo/README.md) so a newcomer sees a working newsroom at once.
 */
@ApplicationScoped
class DemoCorpus {

    private static final String FOLDER = "demo/";

    private final DocumentRepository documents;
    private final DocumentStore store;
    private final boolean enabled;

    DemoCorpus(DocumentRepository documents, DocumentStore store,
               @ConfigProperty(name = "crosscheck.demo.enabled", defaultValue = "true") boolean enabled) {
        this.documents = documents;
        this.store = store;
        this.enabled = enabled;
    }

    void loadOnFirstStart(@Observes StartupEvent event) {
        if (!enabled || io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(documents::count) > 0) {
            return;
        }
        List<String> articles = lines(FOLDER + "articles.list");
        for (String name : articles) {
            String stem = name.substring(0, name.lastIndexOf('.'));
            byte[] sidecar = resource(FOLDER + stem + ".meta.json");
            ArticleFile file = new ArticleFile(java.nio.file.Path.of(name));
            try {
                store.store(SubmissionRules.check(ArticleFile.submission(name, resource(FOLDER + name), stem + ".meta.json", sidecar),
                        file.mediaType()).fromFile(name), "demo");
            } catch (RejectedArticle rejected) {
                // A demo article the rules reject must not keep the newsroom from starting; it is reported instead.
                Log.warnf("demo article %s not stored: %s", name, rejected.getMessage());
            }
        }
        Log.infof("stored the demo story: %d articles", articles.size());
    }

    private static List<String> lines(String resource) {
        return new String(resource(resource), StandardCharsets.UTF_8).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
