package org.crosscheck.web.newsroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.db.review.QueueFilter;
import org.crosscheck.db.review.ReviewQueue;
import org.crosscheck.web.security.Roles;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The review queue: what needs an editor first, filtered and searched, a page at a time. Filters travel in the
 * address (GET), so a filtered queue can be bookmarked and shared; nothing here changes anything.
 */
@Path("/queue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN})
public class QueuePages {

    static final int PAGE_SIZE = 50;
    static final int MAX_SEARCH = 200;

    /** The filter as the form shows it back, and the address of a page with the same filter. */
    public record Shown(String outlet, String entity, String kind, String status, String since, String q) {
        public String pageLink(int page) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("outlet", outlet);
            parts.put("entity", entity);
            parts.put("kind", kind);
            parts.put("status", status);
            parts.put("since", since);
            parts.put("q", q);
            StringBuilder link = new StringBuilder("/queue?page=").append(page);
            parts.forEach((name, value) -> {
                if (value != null && !value.isEmpty()) {
                    link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            return link.toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(ReviewQueue.Page items, ReviewQueue.Counts counts, Shown filter, Map<String, String> problems,
                                             List<String> outlets, List<String> kinds, List<String> statuses, int page, int first);
    }

    private final ReviewQueue queue;

    QueuePages(ReviewQueue queue) {
        this.queue = queue;
    }

    @GET
    @Transactional
    public TemplateInstance queue(@RestQuery String outlet, @RestQuery String entity, @RestQuery String kind, @RestQuery String status,
                                  @RestQuery String since, @RestQuery String q, @RestQuery Integer page) {
        Shown shown = new Shown(text(outlet), text(entity), text(kind), text(status), text(since), text(q));
        Map<String, String> problems = new LinkedHashMap<>();
        Long entityId = number(shown.entity(), "entity", problems);
        LocalDate from = date(shown.since(), problems);
        if (shown.kind() != null && !shown.kind().isEmpty() && !QueueFilter.CONFLICT_KINDS.contains(shown.kind())
                && !QueueFilter.CLAIM_KINDS.contains(shown.kind())) {
            problems.put("kind", "choose a kind from the list");
        }
        if (shown.status() != null && !shown.status().isEmpty() && !statuses().contains(shown.status())) {
            problems.put("status", "choose a status from the list");
        }
        if (shown.q() != null && shown.q().length() > MAX_SEARCH) {
            problems.put("q", "at most " + MAX_SEARCH + " characters");
        }
        int current = page == null ? 0 : Math.max(0, page);
        QueueFilter filter = problems.isEmpty()
                ? new QueueFilter(shown.outlet(), entityId, shown.kind(), shown.status(), from, shown.q())
                : QueueFilter.none();
        ReviewQueue.Page items = queue.page(filter, current * PAGE_SIZE, PAGE_SIZE);
        List<String> kinds = new java.util.ArrayList<>(new TreeSet<>(QueueFilter.CONFLICT_KINDS));
        kinds.addAll(new TreeSet<>(QueueFilter.CLAIM_KINDS));
        return Templates.queue(items, queue.counts(), shown, problems, queue.outlets(), kinds, statuses(), current, current * PAGE_SIZE);
    }

    private static List<String> statuses() {
        return List.of("open", "confirmed", "dismissed", "resolved", QueueFilter.WITH_VERDICT, QueueFilter.ALL);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Long number(String value, String field, Map<String, String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            problems.put(field, "an entity number, as in the entity page's address");
            return null;
        }
    }

    private static LocalDate date(String value, Map<String, String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.put("since", "a date as 2024-05-31");
            return null;
        }
    }
}
