package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.crosscheck.db.audit.AuditEntry;
import org.crosscheck.db.audit.AuditLog;
import org.crosscheck.web.security.Roles;

/** The newsroom's activity: the append-only audit log, newest first, for its members. */
@Path("/activity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
public class ActivityPages {

    static final int PAGE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance activity(List<AuditEntry> entries, int page, boolean more);
    }

    private final AuditLog log;

    ActivityPages(AuditLog log) {
        this.log = log;
    }

    @GET
    public TemplateInstance activity(@QueryParam("page") @DefaultValue("0") int page) {
        int current = Math.max(0, page);
        List<AuditEntry> found = log.newestFirst(current, PAGE_SIZE + 1);
        return Templates.activity(found.subList(0, Math.min(PAGE_SIZE, found.size())), current, found.size() > PAGE_SIZE);
    }
}
