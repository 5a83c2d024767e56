package org.crosscheck.web.platform;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.crosscheck.db.document.DocumentRepository;
import org.crosscheck.db.outlet.OutletRepository;

/** The front page: what the newsroom holds at a glance. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(long documents, long outlets);
    }

    private final DocumentRepository documents;
    private final OutletRepository outlets;

    HomeResource(DocumentRepository documents, OutletRepository outlets) {
        this.documents = documents;
        this.outlets = outlets;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        return Templates.home(documents.count(), outlets.count());
    }
}
