package org.crosscheck.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.crosscheck.db.account.Account;
import org.crosscheck.db.account.AccountRepository;
import org.crosscheck.db.account.Role;
import org.crosscheck.web.security.Accounts;
import org.crosscheck.web.security.Roles;
import org.crosscheck.web.security.Viewer;
import org.jboss.resteasy.reactive.RestForm;

/** Admins manage the newsroom's accounts: list, create with roles, disable and enable. Post/Redirect/Get throughout. */
@Path(AccountAdminPages.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AccountAdminPages {

    static final String PATH = "/admin/users";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<Account> accounts, NewAccountForm form, Map<String, String> problems, List<Role> roles);
    }

    private final AccountRepository accounts;
    private final Accounts changes;
    private final Viewer viewer;

    AccountAdminPages(AccountRepository accounts, Accounts changes, Viewer viewer) {
        this.accounts = accounts;
        this.changes = changes;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance list() {
        return page(NewAccountForm.empty(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String username, @RestForm String displayName, @RestForm String password,
                           @RestForm("role") List<String> roles) {
        NewAccountForm form = NewAccountForm.of(username, displayName, password, roles);
        Map<String, String> problems = form.problems(accounts);
        if (!problems.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(page(form, problems)).build();
        }
        Account created = changes.create(form.username(), form.displayName(), form.password(), form.roles(), viewer.actor());
        viewer.tell("Account '" + created.username + "' created. Give its password to " + created.displayName
                + " in person; they must choose their own at first sign-in.");
        return backToList();
    }

    @POST
    @Path("{id}/disable")
    public Response disable(long id) {
        if (viewer.person().map(p -> p.accountId() == id).orElse(false)) {
            viewer.tell("You cannot disable your own account.");
        } else {
            viewer.tell(changes.setDisabled(id, true, viewer.actor()) ? "Account disabled; its sessions have ended." : "No such account.");
        }
        return backToList();
    }

    @POST
    @Path("{id}/enable")
    public Response enable(long id) {
        viewer.tell(changes.setDisabled(id, false, viewer.actor()) ? "Account enabled." : "No such account.");
        return backToList();
    }

    private TemplateInstance page(NewAccountForm form, Map<String, String> problems) {
        return Templates.users(accounts.listByUsername(), form, problems, List.of(Role.values()));
    }

    private static Response backToList() {
        return Response.seeOther(URI.create(PATH)).build();
    }
}
