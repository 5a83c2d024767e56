package org.crosscheck.web.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The pages a person sees when the workspace refuses: a form without its token, a page their roles do not open. */
@ApplicationScoped
public class RefusalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staleForm();

        static native TemplateInstance forbidden();
    }

    Response staleForm() {
        return page(Response.Status.FORBIDDEN, Templates.staleForm());
    }

    Response forbidden() {
        return page(Response.Status.FORBIDDEN, Templates.forbidden());
    }

    static Response page(Response.Status status, TemplateInstance page) {
        // Rendered here, not by the writer: a refusal from a filter never reaches the resource's writers.
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }
}
