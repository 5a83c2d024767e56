package org.crosscheck.web.security;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.crosscheck.db.account.Account;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Signing in and out. A failed or throttled attempt answers the same form again, saying why without saying which part was wrong. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    static final String PATH = "/sign-in";
    private static final Pattern LOGGABLE_NAME = Pattern.compile("[a-z0-9._-]{1,64}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(String next, String username, String error);
    }

    private final Accounts accounts;
    private final EditorSessions sessions;
    private final SignInThrottle throttle;
    private final NewsroomCookies cookies;
    private final FormTokens tokens;

    SignInPages(Accounts accounts, EditorSessions sessions, SignInThrottle throttle, NewsroomCookies cookies, FormTokens tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.cookies = cookies;
        this.tokens = tokens;
    }

    @GET
    @Path("sign-in")
    public TemplateInstance form(@RestQuery String next) {
        return Templates.signIn(safeNext(next), "", null);
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String username, @RestForm String password, @RestForm String next, RoutingContext routing) {
        String client = routing.request().remoteAddress() == null ? "unknown" : routing.request().remoteAddress().hostAddress();
        String name = Accounts.usernameOf(username);
        Optional<Duration> wait = throttle.waitBefore(name, client);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            return Response.fromResponse(RefusalPages.page(Response.Status.TOO_MANY_REQUESTS, Templates.signIn(safeNext(next), name,
                            "Too many failed attempts. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes."))))
                    .header("Retry-After", Math.max(1, wait.get().toSeconds())).build();
        }
        Optional<Account> account = accounts.verify(name, password);
        if (account.isEmpty()) {
            throttle.failed(name, client);
            // What was typed as a name may be a password or a forged log line: only a well-formed name is logged.
            Log.infof("failed sign-in for %s from %s", LOGGABLE_NAME.matcher(name).matches() ? "'" + name + "'" : "a malformed name", client);
            return RefusalPages.page(Response.Status.UNAUTHORIZED, Templates.signIn(safeNext(next), name, "Wrong username or password."));
        }
        throttle.succeeded(name);
        accounts.recordSignIn(account.get());
        cookies.read(routing, cookies.session()).ifPresent(sessions::close);
        cookies.set(routing, cookies.session(), sessions.open(account.get()), CookieSameSite.LAX);
        tokens.renew(routing);
        String target = account.get().passwordChangeRequired ? PasswordPage.PATH : safeNext(next);
        return Response.seeOther(URI.create(target)).build();
    }

    @POST
    @Path("sign-out")
    public Response signOut(RoutingContext routing) {
        cookies.read(routing, cookies.session()).ifPresent(sessions::close);
        cookies.clear(routing, cookies.session());
        tokens.renew(routing);
        return Response.seeOther(URI.create("/")).build();
    }

    /** Only a path on this site: {@code //elsewhere} or {@code https://elsewhere} would send a person off-site signed in. */
    static String safeNext(String next) {
        if (next == null || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || next.startsWith(PATH)) {
            return "/";
        }
        return next;
    }
}
