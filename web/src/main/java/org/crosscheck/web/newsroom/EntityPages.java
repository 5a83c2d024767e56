package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.crosscheck.db.review.EntityFiles;
import org.crosscheck.web.security.Roles;
import org.crosscheck.web.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * An entity's page: its names, mentions and attributions; and an editor's corrections of who is who (merge two
 * entities, split an alias off, add an alias), after which reconciliation reruns in the background while the
 * page shows its progress.
 */
@Path("/entities")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
public class EntityPages {

    static final int MAX_ALIAS = 200;

    /** Everything the page shows, read in one transaction. */
    public record Sheet(EntityFiles.Summary entity, List<EntityFiles.Alias> aliases, List<EntityFiles.MentionLine> mentions,
                        List<EntityFiles.AttributionLine> attributions, String search, List<EntityFiles.Candidate> candidates) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance entity(Sheet sheet, String rerun, String alias, Map<String, String> problems, String refusal,
                                              boolean canChange);

        static native TemplateInstance progress(ReconciliationReruns.Rerun rerun);
    }

    private final EntityFiles files;
    private final EntityDesk desk;
    private final ReconciliationReruns reruns;
    private final Viewer viewer;
    private final SecurityIdentity identity;

    EntityPages(EntityFiles files, EntityDesk desk, ReconciliationReruns reruns, Viewer viewer, SecurityIdentity identity) {
        this.files = files;
        this.desk = desk;
        this.reruns = reruns;
        this.viewer = viewer;
        this.identity = identity;
    }

    @GET
    @Path("{id}")
    public TemplateInstance entity(long id, @RestQuery String merge, @RestQuery String rerun) {
        String search = merge == null ? "" : merge.strip();
        return page(sheet(id, search.length() > MAX_ALIAS ? search.substring(0, MAX_ALIAS) : search), rerun, "", Map.of(), null);
    }

    /** The rerun's progress, polled by the page (htmx) until it is done. */
    @GET
    @Path("reruns/{rerun}")
    public TemplateInstance progress(String rerun) {
        return Templates.progress(reruns.find(rerun).orElseThrow(() -> new NotFoundException("no such rerun")));
    }

    @POST
    @Path("{id}/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response addAlias(long id, @RestForm String alias, @RestForm long version) {
        String name = alias == null ? "" : alias.strip();
        if (name.isEmpty() || name.length() > MAX_ALIAS) {
            String problem = name.isEmpty() ? "type the name as articles write it" : "at most " + MAX_ALIAS + " characters";
            return Response.status(Response.Status.BAD_REQUEST).entity(page(sheet(id, ""), null, name, Map.of("alias", problem), null)).build();
        }
        return change(id, name, () -> {
            boolean added = desk.addAlias(id, version, name, viewer.actor());
            viewer.tell(added ? "Alias '" + name + "' added: later articles that write it so join this entity."
                    : "This entity already has the alias '" + name + "'.");
            return null;
        });
    }

    /** Merges entity {@code other} into this one; both ids come from the address. */
    @POST
    @Path("{id}/merge/{other}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response merge(long id, long other, @RestForm long version) {
        return change(id, "", () -> {
            EntityDesk.Changed merged = desk.merge(id, other, version, viewer.actor());
            viewer.tell("Merged '" + merged.what() + "' into this entity; reconciliation is rerunning for " + merged.claims().size()
                    + " claim mentions.");
            return reruns.start(id, "merge of entity " + other + " into " + id, merged.claims());
        });
    }

    @POST
    @Path("{id}/aliases/{alias}/split")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.EDITOR, Roles.PUBLISHER})
    public Response split(long id, long alias, @RestForm long version) {
        return change(id, "", () -> {
            EntityDesk.Changed split = desk.split(id, alias, version, viewer.actor());
            viewer.tell("'" + split.what() + "' is now an entity of its own (entity " + split.entity() + "); reconciliation is rerunning for "
                    + split.claims().size() + " claim mentions.");
            return reruns.start(id, "split of alias " + alias + " from entity " + id, split.claims());
        });
    }

    /** A change made (then back to the page, with the rerun to follow if one started), or the page again saying why not. */
    private Response change(long id, String alias, java.util.function.Supplier<String> made) {
        String rerun;
        try {
            rerun = made.get();
        } catch (EditRefused e) {
            return Response.status(Response.Status.CONFLICT).entity(page(sheet(id, ""), null, alias, Map.of(), e.getMessage())).build();
        }
        return Response.seeOther(URI.create("/entities/" + id + (rerun == null ? "" : "?rerun=" + rerun))).build();
    }

    @Transactional
    Sheet sheet(long id, String search) {
        EntityFiles.Summary entity = files.summary(id).orElseThrow(() -> new NotFoundException("no entity " + id));
        return new Sheet(entity, files.aliases(id), files.mentions(id), files.attributions(id), search,
                search.isEmpty() ? List.of() : files.candidates(entity, search));
    }

    private TemplateInstance page(Sheet sheet, String rerun, String alias, Map<String, String> problems, String refusal) {
        boolean known = rerun != null && reruns.find(rerun).isPresent();
        return Templates.entity(sheet, known ? rerun : null, alias, problems, refusal,
                identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.PUBLISHER));
    }
}
