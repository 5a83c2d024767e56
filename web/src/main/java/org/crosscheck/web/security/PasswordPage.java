package org.crosscheck.web.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;

/** A signed-in person replaces their password; the only page open to an account whose password someone else chose. */
@Path(PasswordPage.PATH)
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PasswordPage {

    static final String PATH = "/account/password";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance password(Map<String, String> problems);
    }

    private final Accounts accounts;
    private final Viewer viewer;
    private final NewsroomCookies cookies;
    private final FormTokens tokens;
    private final Flash flash;

    PasswordPage(Accounts accounts, Viewer viewer, NewsroomCookies cookies, FormTokens tokens, Flash flash) {
        this.accounts = accounts;
        this.viewer = viewer;
        this.cookies = cookies;
        this.tokens = tokens;
        this.flash = flash;
    }

    @GET
    public Response form() {
        return onlyPeople().orElseGet(() -> Response.ok(Templates.password(Map.of())).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String current, @RestForm String replacement, @RestForm String repeat, RoutingContext routing) {
        Optional<Response> notAPerson = onlyPeople();
        if (notAPerson.isPresent()) {
            return notAPerson.get();
        }
        Map<String, String> problems = new LinkedHashMap<>();
        Password.problemWith(replacement).ifPresent(p -> problems.put("replacement", p));
        if (!Objects.equals(replacement, repeat)) {
            problems.put("repeat", "the two new passwords differ");
        }
        if (Objects.equals(replacement, current)) {
            problems.put("replacement", "the new password must differ from the current one");
        }
        Optional<String> session = problems.isEmpty()
                ? accounts.changePassword(viewer.person().orElseThrow().accountId(), current, replacement)
                : Optional.empty();
        if (session.isEmpty()) {
            if (problems.isEmpty()) {
                problems.put("current", "this is not your current password");
            }
            return RefusalPages.page(Response.Status.BAD_REQUEST, Templates.password(problems));
        }
        cookies.set(routing, cookies.session(), session.get(), CookieSameSite.LAX);
        tokens.renew(routing);
        flash.put(SecretToken.sha256(session.get()), Flash.Notice.of("Your password has been changed; other sessions of your account have ended."));
        return Response.seeOther(URI.create("/")).build();
    }

    /** An API key is authenticated too, but has no password to change. */
    private Optional<Response> onlyPeople() {
        return viewer.isSignedIn() ? Optional.empty() : Optional.of(Response.status(Response.Status.FORBIDDEN).build());
    }
}
