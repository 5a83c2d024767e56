package org.crosscheck.core.conflict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.core.text.Span;

/**
 * How a thing stood, told the opposite way for the same day (an "other" conflict, MEDIUM): "the recount was
 * completed on Friday evening" against "on Friday the recount was still under way"; "the outbreak is contained"
 * against "the outbreak was not yet under control", both of Monday. The thing is the noun the standing is said of
 * ("recount", "outbreak"); the day is the reading's stated day, else its article's; articles must share a setting,
 * or either have none. StatusConflictsTest states the rules.
 */
public final class StatusConflicts {

    public enum Standing { DONE, GOING_ON }

    /** One sentence's standing of a thing: where it is told, the thing's noun, the standing, its day and setting. */
    public record Reading(String document, Span span, String thing, Standing standing, LocalDate day, Set<String> setting) {
    }

    /** How far a date or the thing may stand from the standing to be shown with it. */
    private static final int NEAR = 20;

    private static final String BE = "(?:is|are|was|were|has been|had been|have been|remains|remained)";
    private static final Pattern GOING_ON = Pattern.compile("\\b" + BE + " (?:still |now )?(?:under ?way|ongoing|continuing|in progress|"
            + "still burning|going on)\\b|\\b" + BE + " (?:still )?not (?:yet )?(?:under control|contained|over|completed|finished)\\b");
    private static final Pattern DONE = Pattern.compile("\\b" + BE + " (?:now |finally |fully )?(?:completed|finished|over|contained|"
            + "under control|extinguished|concluded|brought under control)\\b");
    /**
     * The thing a standing is said of: "the recount", "the Ostra recount", with a relative clause or a phrase of where
     * between allowed ("the recount in Lienz").
     */
    private static final Pattern THING = Pattern.compile("\\bthe (?:(?!in |at |of |on |for )[a-z-]+ ){0,2}?(?!in |at |of |on |for )([a-z-]+)"
            + "(?: (?:in|at|on) [a-z-]+(?: [a-z-]+)?)?(?:,[^,]{1,80},)? $");

    /** A day a sentence names, and where. */
    public record Dated(Span span, LocalDate day) {
    }

    /**
     * A sentence's standing of a thing named as "the …" just before the verb, on the day named nearest the verb (else
     * {@code published}). {@code daysOf} gives the days a sentence names; it is asked only of sentences that tell a
     * standing, as reading dates costs more than matching a pattern.
     */
    public static Optional<Reading> read(String document, String text, Span sentence, Function<Span, List<Dated>> daysOf,
                                         LocalDate published, Set<String> setting) {
        String lower = sentence.of(text).toLowerCase(Locale.ROOT);
        Matcher going = GOING_ON.matcher(lower);
        Matcher done = DONE.matcher(lower);
        Matcher hit = going.find() ? going : done.find() ? done : null;
        if (hit == null) {
            return Optional.empty();
        }
        int at = sentence.start() + hit.start();
        Optional<Dated> nearest = daysOf.apply(sentence).stream().min(Comparator.comparingInt(d -> Math.abs(d.span().start() - at)));
        LocalDate day = nearest.map(Dated::day).orElse(published);
        if (day == null) {
            return Optional.empty();
        }
        Standing standing = hit == going ? Standing.GOING_ON : Standing.DONE;
        Matcher thing = THING.matcher(lower.substring(0, hit.start()));
        if (!thing.find()) {
            return Optional.empty();
        }
        // the side shown: the thing and its standing ("On Friday the recount was still under way", "was completed on
        // Friday evening"), not the whole sentence
        int start = hit.start() - thing.start() <= NEAR ? sentence.start() + thing.start() : at;
        int end = sentence.start() + hit.end();
        if (nearest.isPresent()) {
            Span date = nearest.get().span();
            start = date.end() <= start && start - date.end() <= NEAR ? date.start() : start;
            end = date.start() >= end && date.start() - end <= NEAR ? date.end() : end;
        }
        return Optional.of(new Reading(document, new Span(start, end), thing.group(1), standing, day, setting));
    }

    /** How an explanation names a document: its file here, its outlet in the store. */
    private final Function<String, String> documentNames;

    public StatusConflicts() {
        this(Function.identity());
    }

    public StatusConflicts(Function<String, String> documentNames) {
        this.documentNames = documentNames;
    }

    public List<Conflict> find(List<Reading> readings) {
        Map<String, List<Reading>> byThingAndDay = new LinkedHashMap<>();
        readings.forEach(r -> byThingAndDay.computeIfAbsent(r.thing() + "|" + r.day(), k -> new ArrayList<>()).add(r));
        List<Conflict> found = new ArrayList<>();
        for (List<Reading> same : byThingAndDay.values()) {
            List<Reading> done = same.stream().filter(r -> r.standing() == Standing.DONE).toList();
            List<Reading> going = same.stream().filter(r -> r.standing() == Standing.GOING_ON).toList();
            List<Reading> doneSides = done.stream().filter(d -> going.stream().anyMatch(g -> opposed(d, g))).toList();
            List<Reading> goingSides = going.stream().filter(g -> done.stream().anyMatch(d -> opposed(d, g))).toList();
            if (doneSides.isEmpty()) {
                continue;
            }
            List<ConflictSide> sides = new ArrayList<>();
            doneSides.forEach(r -> sides.add(new ConflictSide(r.document(), r.span(), "over", null)));
            goingSides.forEach(r -> sides.add(new ConflictSide(r.document(), r.span(), "still going on", null)));
            Reading first = doneSides.get(0);
            found.add(new Conflict(ConflictKind.OTHER, Severity.MEDIUM, "The " + first.thing() + " is told as over ("
                    + documents(doneSides) + ") and as still going on (" + documents(goingSides) + ") on the same day, " + first.day()
                    + ". At most one can be right for that day.", sides, List.of()));
        }
        return found;
    }

    /** Two articles' readings of one story: different documents, and a common setting (or either unknown). */
    private static boolean opposed(Reading a, Reading b) {
        return !a.document().equals(b.document()) && (a.setting().isEmpty() || b.setting().isEmpty()
                || a.setting().stream().anyMatch(b.setting()::contains));
    }

    private String documents(List<Reading> readings) {
        return String.join(", ", readings.stream().map(Reading::document).distinct().map(documentNames).toList());
    }
}
