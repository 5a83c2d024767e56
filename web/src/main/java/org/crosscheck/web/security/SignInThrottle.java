package org.crosscheck.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing. After {@code crosscheck.sign-in.max-failures} (5) failed sign-ins for one username
 * within {@code crosscheck.sign-in.window} (15 minutes), further attempts for it are refused without checking the
 * password until the oldest of those failures leaves the window; the same holds per client address with the larger
 * {@code crosscheck.sign-in.max-client-failures} (20), against one client trying many usernames (it is larger because
 * a newsroom's people may share one address). Kept in memory: a restart forgets, and each server of several counts
 * on its own; both only make guessing slower, never easier than without the throttle.
 */
@ApplicationScoped
public class SignInThrottle {

    /** A bound on remembered usernames and clients, so a flood of invented names cannot exhaust memory. */
    static final int MAX_TRACKED = 10_000;
    private static final int MAX_NAME = 100;
    private static final String USER = "user:";
    private static final String CLIENT = "client:";

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final int maxClientFailures;
    private final Duration window;
    private final Clock clock;

    @Inject
    SignInThrottle(@ConfigProperty(name = "crosscheck.sign-in.max-failures", defaultValue = "5") int maxFailures,
                   @ConfigProperty(name = "crosscheck.sign-in.max-client-failures", defaultValue = "20") int maxClientFailures,
                   @ConfigProperty(name = "crosscheck.sign-in.window", defaultValue = "PT15M") Duration window) {
        this(maxFailures, maxClientFailures, window, Clock.systemUTC());
    }

    SignInThrottle(int maxFailures, int maxClientFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.maxClientFailures = maxClientFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait before trying again, or empty when an attempt may go ahead. */
    public Optional<Duration> waitBefore(String username, String client) {
        Instant now = clock.instant();
        return later(blockedUntil(userKey(username), maxFailures, now), blockedUntil(clientKey(client), maxClientFailures, now))
                .map(until -> Duration.between(now, until));
    }

    public void failed(String username, String client) {
        Instant now = clock.instant();
        record(userKey(username), now);
        record(clientKey(client), now);
    }

    /** A correct password clears the username's failures; the client's stay, so one good account is no free pass. */
    public void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private void record(String key, Instant now) {
        if (!failures.containsKey(key) && failures.size() >= MAX_TRACKED) {
            makeRoom(now);
            if (failures.size() >= MAX_TRACKED) {
                // Full of names and clients being held off: keep holding them off, and count no newcomer.
                return;
            }
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            dropBefore(kept, now.minus(window));
            kept.addLast(now);
            // Only the newest failures up to the limit can ever matter.
            while (kept.size() > limitOf(k)) {
                kept.removeFirst();
            }
            return kept;
        });
    }

    private Optional<Instant> blockedUntil(String key, int limit, Instant now) {
        Instant[] until = new Instant[1];
        // Reads and writes of one key's failures all happen inside the map's atomic compute.
        failures.computeIfPresent(key, (k, times) -> {
            dropBefore(times, now.minus(window));
            if (times.size() >= limit) {
                // Blocked until enough failures have aged out to leave room for one more attempt.
                until[0] = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(window);
            }
            return times.isEmpty() ? null : times;
        });
        return Optional.ofNullable(until[0]);
    }

    /** Forgets failures out of the window, then keys not yet held off: under a flood, what is held off stays held off. */
    private void makeRoom(Instant now) {
        for (String key : failures.keySet()) {
            failures.computeIfPresent(key, (k, times) -> {
                dropBefore(times, now.minus(window));
                return times.size() < limitOf(k) ? null : times;
            });
        }
    }

    int tracked() {
        return failures.size();
    }

    private static void dropBefore(Deque<Instant> times, Instant cutoff) {
        // A failure at t counts during [t, t + window).
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private int limitOf(String key) {
        return key.startsWith(USER) ? maxFailures : maxClientFailures;
    }

    /** Names are cut to a bound, so a megabyte typed as a username costs no more memory than a real one. */
    private static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return USER + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    private static String clientKey(String client) {
        return CLIENT + client;
    }
}
