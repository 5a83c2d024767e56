package org.crosscheck.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A notice for the next page a signed-in person sees (Post/Redirect/Get: "User x created" after the redirect). Kept
 * in memory, keyed by session, read once; a new API key rides here rather than in a cookie or the database, so
 * the secret never rests anywhere but in this server's memory for the moment between the post and the page.
 */
@ApplicationScoped
public class Flash {

    /** What to tell; {@code secret} is a value to show once (a new API key), else null. */
    public record Notice(String message, String secret) {
        public static Notice of(String message) {
            return new Notice(message, null);
        }
    }

    private record Held(Notice notice, Instant until) {
    }

    // A notice not picked up soon (the browser went away) is dropped: an unread secret must not linger.
    private static final Duration KEPT_FOR = Duration.ofMinutes(2);
    private static final int SWEEP_ABOVE = 1_000;

    private final Map<String, Held> notices = new ConcurrentHashMap<>();

    public void put(String sessionKey, Notice notice) {
        Instant now = Instant.now();
        if (notices.size() > SWEEP_ABOVE) {
            notices.values().removeIf(held -> held.until.isBefore(now));
        }
        notices.put(sessionKey, new Held(notice, now.plus(KEPT_FOR)));
    }

    public Optional<Notice> take(String sessionKey) {
        Held held = notices.remove(sessionKey);
        return held == null || held.until.isBefore(Instant.now()) ? Optional.empty() : Optional.of(held.notice);
    }
}
