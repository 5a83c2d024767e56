package org.crosscheck.core.reconcile;

import java.util.Locale;
import java.util.regex.Pattern;
import org.crosscheck.core.normalise.Quantity;

/**
 * Counts of how things stand on a day: "seven patients are in intensive care", "three people have died", "nine
 * were in hospital on Friday". Such a count is a reading taken on its day, and the next day's reading may differ
 * without anyone being wrong; what one event did ("the blast killed seven") is fixed once told.
 */
public final class OngoingCounts {

    /**
     * Present or perfect tense (in reported speech, the past perfect), a past state at a moment ("were in intensive care on Friday"), a state still holding
     * ("seven were still missing"), a toll (a toll is a running count by what it is), or a count told as moving.
     */
    private static final Pattern ONGOING = Pattern.compile(
            "\\b(is|are|remain|remains|has|have|stands|stand|stood|still|toll)\\b|\\b(was|were)\\s+(in|at|on|under|being)\\b"
                    // a count told as moving: "the number of cases rose to 34 on Saturday, from 29 on Friday"
                    + "|\\b(rose|risen|climbed|increased|fell|fallen|dropped) (to|from)\\b|\\bup from\\b|^from\\b"
                    // the perfect told in reported speech: "said on Monday that 37 people had died"
                    + "|\\b(said|says|told|announced|confirmed|reported)\\b.*\\bthat\\b.*\\bhad\\b");

    /**
     * A running total as of a day, of people or of tonnes: "had collected more than 9 tonnes by Wednesday night",
     * "12 tonnes have been removed so far", "have pulled eight tonnes since Thursday".
     */
    private static final Pattern AS_OF = Pattern.compile("\\bso far\\b|\\bto date\\b|\\b(by|since) (last |late |early )?(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday|yesterday|tonight|noon|midday|the end of|\\d{1,2} (january|february|march|april|may|june|july|august|september"
            + "|october|november|december))\\b");

    /**
     * A count taken again: "after the recount", "the final count", "revised figures", "the certified result"; or a
     * count that corrects an earlier one in so many words: "took six paintings, not five", "seven, not five as first
     * reported".
     */
    private static final Pattern REVISION = Pattern.compile(
            "\\b(after|following|in) (the|a) recount\\b|\\brecount (showed|gave|found|left)\\b"
                    + "|\\brevised (figure|figures|count|total|tally|result|results)\\b|\\bcertified (result|results|count)\\b"
                    + "|, not (\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|twenty|thirty|forty|fifty)\\b"
                    + "|\\bnot (\\d[\\d,.]*|[a-z]+) as (first|initially|earlier|previously) (reported|announced|stated|thought)\\b");

    /**
     * A count still going on: "preliminary results", "partial returns", "with 94 percent of polling stations reporting",
     * "with two-thirds of the ballots counted".
     */
    private static final Pattern PROVISIONAL = Pattern.compile(
            "\\b(preliminary|partial|provisional|early|incomplete) (results?|returns|count|counts|figures|tally|tallies)\\b"
                    + "|\\bwith (about |nearly |almost |more than )?(\\d[\\d.]*|[a-z]+-?[a-z]*) ?(percent|per cent|%|of) (of )?(the )?"
                    + "(polling stations|stations|precincts|ballots|votes|vote|districts|constituencies|ballot boxes|counties)"
                    + "( \\w+)? (reporting|counted|in|declared|tallied)\\b");

    private OngoingCounts() {
    }

    /** Whether a mention gives its figure from a count still going on, which any fuller count replaces. */
    public static boolean provisional(String mention, Quantity figure) {
        return figure != null && PROVISIONAL.matcher(mention.toLowerCase(Locale.ROOT)).find();
    }

    /** Whether a mention gives its figure as a count taken again, which replaces earlier counts of the same thing. */
    public static boolean revised(String mention, Quantity figure) {
        return figure != null && REVISION.matcher(mention.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * Whether a mention's wording states its figure as a count of how things stand on a day. Sums, spans of time and
     * ages are not such counts ("has fined the company €50,000" is one act, however it is told) unless told as a
     * running total as of a day ("9 tonnes by Wednesday night").
     */
    public static boolean ongoing(String mention, Quantity figure) {
        if (figure == null || figure.isAge()) {
            return false;
        }
        String lower = mention.toLowerCase(Locale.ROOT);
        return AS_OF.matcher(lower).find() || !Quantity.UNITS.contains(figure.measureKey()) && ONGOING.matcher(lower).find();
    }
}
