package org.crosscheck.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.account.ApiKey;
import org.crosscheck.db.account.ApiKeyRepository;
import org.crosscheck.web.security.ApiKeys;
import org.crosscheck.web.security.Roles;
import org.crosscheck.web.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** Admins issue API keys (each shown once, on the page after its creation) and revoke them. */
@Path(ApiKeyAdminPages.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyAdminPages {

    static final String PATH = "/admin/api-keys";
    static final int MAX_NAME = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keys(List<ApiKey> keys, String name, Map<String, String> problems);
    }

    private final ApiKeyRepository stored;
    private final ApiKeys keys;
    private final Viewer viewer;

    ApiKeyAdminPages(ApiKeyRepository stored, ApiKeys keys, Viewer viewer) {
        this.stored = stored;
        this.keys = keys;
        this.viewer = viewer;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance list() {
        return Templates.keys(stored.listNewestFirst(), "", Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response create(@RestForm String name) {
        String given = name == null ? "" : name.strip();
        String problem = given.isEmpty() ? "name the program or person that will use the key"
                : given.length() > MAX_NAME ? "at most " + MAX_NAME + " characters" : null;
        if (problem != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.keys(stored.listNewestFirst(), given, Map.of("name", problem))).build();
        }
        ApiKeys.Issued issued = keys.issue(given, viewer.person().orElseThrow().accountId(), viewer.actor());
        viewer.tellOnce("API key '" + issued.key().name + "' created. Copy it now: it is not stored and will not be shown again.",
                issued.secret());
        return Response.seeOther(URI.create(PATH)).build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(long id) {
        viewer.tell(keys.revoke(id, viewer.actor()) ? "API key revoked: requests with it are refused from now on."
                : "That key does not exist or was revoked already.");
        return Response.seeOther(URI.create(PATH)).build();
    }
}
