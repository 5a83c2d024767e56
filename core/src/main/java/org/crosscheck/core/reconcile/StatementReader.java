package org.crosscheck.core.reconcile;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.claim.ClaimMention;
import org.crosscheck.core.claim.Predicates;
import org.crosscheck.core.normalise.NormalisedDate;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.time.ReportedDate;

/**
 * Turns an extracted claim mention into what reconciliation compares: the predicate class of its verb or event
 * noun, or, for a demand ("asked Turkey to help evacuate foreign troops"), of the act demanded.
 */
public final class StatementReader {

    /** Verbs whose object is an act someone wants done: the claim is about that act. */
    private static final Set<String> DEMANDS = Set.of("ask", "call on", "call for", "urge", "demand", "condition", "insist",
            "promise", "pledge", "vow", "threaten", "warn");

    /** Verbs that report speech: the claim is what was said ("stated that Turkey's support for Libya ..."). */
    private static final Set<String> REPORTS = Set.of("say", "state", "add", "assert", "claim", "tell", "reiterate", "reply");

    private static final String WEAK = "cooperate";
    private static final String HOLD = "hold";
    private static final String DETENTION = "arrest";
    private static final java.util.regex.Pattern COUNTERFACTUAL = java.util.regex.Pattern.compile(
            "(?i)\\b(?:would|could|might)(?:n't|\\s+not)?\\s+have\\b");

    private final Predicates predicates;

    public StatementReader(Predicates predicates) {
        this.predicates = predicates;
    }

    /**
     * @param document     the document's id or file name
     * @param actors       entity ids of the actor phrase ("Cairo and Ankara" gives two)
     * @param participants entity ids of people, organisations and groups named in the mention
     * @param places       entity ids of countries and places named in the mention
     * @param setting      entity ids of the places where the article's story is set
     * @param published    the article's publication day, or null
     * @param text         the mention's text: a bare count or date ("at least 40 were injured") is about the act its
     *                     clause names
     */
    public Statement read(String document, ClaimMention m, String text, Set<String> actors, Set<String> participants, Set<String> places,
                          Set<String> setting, java.time.LocalDate published) {
        String action = m.action();
        Optional<String> predicate = predicates.ofAction(action, m.object()).or(() -> predicates.ofNoun(action));
        // "holding 13 Malawians at a naval post": people held are detained, as "detained 11 Malawians" says
        if (HOLD.equals(action) && m.figure().filter(Quantity::countsPeople).isPresent()) {
            predicate = Optional.of(DETENTION);
        }
        String beforeFigure = text.substring(0, m.figure().map(q -> Math.max(0, Math.min(text.length(), q.span().start() - m.span().start())))
                .orElse(text.length()));
        boolean demanded = DEMANDS.contains(action) || asksFor(beforeFigure);
        // A dated or counted phrase ("after the overthrow, ten years ago, of ...") is about the event it names.
        boolean reported = REPORTS.contains(action) || action.equals("date") || action.equals("count");
        Set<String> actorIds = actors;
        if (demanded || reported) {
            // "conditioned the restoration of ties on the withdrawal of troops": the demand is what follows "on".
            String object = action.equals("count") || action.equals("date") ? text : m.object();
            int on = action.equals("condition") ? object.indexOf(" on ") : -1;
            // a count says what it counts: "the toll has risen to 12" counts the dead, whatever else the clause names
            Optional<String> counted = action.equals("count") ? m.figure().map(Quantity::state).filter(s -> !s.isEmpty())
                    .flatMap(predicates::ofNoun) : Optional.empty();
            // "the last offer before the strike was 3.5%": an event a count is only timed by is not what it counts
            String scanned = on >= 0 ? object.substring(on) : action.equals("count") ? TIMED_BY.matcher(object).replaceAll(" ") : object;
            Optional<String> inner = counted.or(() -> firstIn(scanned));
            // a share says what it measures, so asking for it is a demand even with no act named ("seeking a 7.5% rise")
            demanded = demanded && (inner.isPresent() || m.figure().map(Quantity::isShare).orElse(false));
            predicate = inner.isPresent() ? inner : predicate;
            // What a speaker reports was done by someone the report names, not by the speaker.
            actorIds = reported && inner.isPresent() ? Set.of() : actors;
        }
        Set<String> others = new LinkedHashSet<>(participants);
        others.removeAll(actorIds);
        Set<String> where = new LinkedHashSet<>(places);
        where.removeAll(actorIds);
        ReportedDate date = m.normalisedDate().flatMap(d -> d.value()).orElse(null);
        // "Two people died" is content in its actor's words; "Cavusoglu said" with nothing said is no claim to match.
        String objectWords = m.proposition().substring(m.proposition().lastIndexOf('|') + 1).strip();
        String actorWords = m.proposition().substring(0, m.proposition().indexOf('|')).strip();
        String key = objectWords.isEmpty() && (actorWords.isEmpty() || !actors.isEmpty()) ? "" : m.proposition();
        key = predicate.isPresent() ? classNouns(key, predicate.get()) : key;
        boolean agentive = predicate.map(predicates::isAgentive).orElse(false);
        java.time.MonthDay dayWithoutYear = m.normalisedDate().map(NormalisedDate::dayWithoutYear).orElse(null);
        // "Without them, Stroud would have finished about 100 votes ahead": a figure of what would have been is compared,
        // like a figure asked for, only with others of its kind, never with a count of what is (a plan, "will impose a
        // 15% tariff", is a fact of its own and is compared as one)
        boolean unreal = m.figure().isPresent() && COUNTERFACTUAL.matcher(beforeFigure).find();
        return new Statement(document, m.span(), m.kind(), predicate.orElse(null), agentive, demanded || unreal, actorIds, others, where, setting, date,
                m.figure().orElse(null), key, published, OngoingCounts.ongoing(text, m.figure().orElse(null)),
                OngoingCounts.revised(text, m.figure().orElse(null)), OngoingCounts.provisional(text, m.figure().orElse(null)), dayWithoutYear);
    }

    /**
     * What a speaker is credited with saying ({@link ClaimMention#said}): the speaker acts, what the content names are
     * its participants and places, and its key carries every word said, which is what two accounts of it share.
     */
    public Statement said(String document, ClaimMention m, Set<String> participants, Set<String> places, Set<String> setting,
                          java.time.LocalDate published) {
        Set<String> speaker = m.entity().map(Set::of).orElse(Set.of());
        Set<String> others = new LinkedHashSet<>(participants);
        others.removeAll(speaker);
        Set<String> where = new LinkedHashSet<>(places);
        where.removeAll(speaker);
        return new Statement(document, m.span(), m.kind(), SamenessPolicy.SAYING, true, false, speaker, others, where, setting, null, null,
                m.proposition(), published);
    }

    /**
     * The figure of a longer claim ({@link ClaimMention#figureOf}): who and what its claim names; its key is the
     * mention's own (SamenessPolicy compares figures by measure and value, not by key).
     */
    public Statement figure(String document, ClaimMention m, Statement claim) {
        return new Statement(document, m.span(), m.kind(), SamenessPolicy.FIGURE, true, false, claim.actors(), claim.participants(),
                claim.places(), claim.setting(), null, m.figure().orElseThrow(), m.proposition(), claim.published());
    }

    /** Words that ask for what follows them: "prosecutors had sought a nine-year sentence". */
    private static final Set<String> ASKING = Set.of("sought", "seek", "seeks", "seeking", "demanded", "demanding", "requested",
            "requesting", "wanted", "wants");

    /**
     * A claim whose clause asks for it ("had sought nine years", "prosecutors seek a longer jail term") is a demand,
     * not a fact.
     * @param before the clause up to its figure
     */
    private static boolean asksFor(String before) {
        String lower = before.toLowerCase(Locale.ROOT);
        if (lower.contains("asked for") || lower.contains("called for") || lower.contains("pushed for")) {
            return true;
        }
        for (String word : lower.split("[^\\p{L}]+")) {
            if (ASKING.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The object's nouns of the act's own class written as the class: "signed a treaty" and "signed the agreement"
     * name one kind of thing signed (predicates.tsv lists agreement, deal, accord, treaty and pact for signing).
     */
    private String classNouns(String key, String predicate) {
        int bar = key.lastIndexOf('|');
        if (bar < 0) {
            return key;
        }
        StringBuilder object = new StringBuilder();
        for (String word : key.substring(bar + 1).strip().split("\\s+")) {
            if (!word.isEmpty()) {
                object.append(object.length() == 0 ? "" : " ").append(predicates.ofNoun(word).filter(predicate::equals).isPresent() ? predicate : word);
            }
        }
        return key.substring(0, bar + 1) + " " + object;
    }

    /** "before the strike", "after the vote": the event a figure is timed by (its noun after "the" and the like). */
    private static final java.util.regex.Pattern TIMED_BY = java.util.regex.Pattern.compile(
            "(?i)\\b(?:before|after|since|until)\\s+(?:the|this|last|its|their)\\s+[\\p{L}-]+");

    /**
     * The first word of {@code text} that names a classed act: "help evacuate foreign troops" → withdraw;
     * cooperation only when nothing more specific follows ("cooperate to evacuate foreign forces" → withdraw).
     */
    private Optional<String> firstIn(String text) {
        Optional<String> weak = Optional.empty();
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            // "to hold their fire": a verb written around its object is read with what follows it first
            Optional<String> split = predicates.hasSplitForm(word) ? predicates.ofSplitAction(word,
                    String.join(" ", java.util.Arrays.asList(words).subList(i + 1, Math.min(words.length, i + 1 + SPLIT_REACH)))) : Optional.empty();
            Optional<String> found = split.or(() -> predicates.ofWord(word)).or(() -> predicates.ofAction(word)).or(() -> predicates.ofAction(stem(word)));
            if (found.isPresent() && !found.get().equals(WEAK)) {
                return found;
            }
            weak = weak.or(() -> found);
        }
        return weak;
    }

    /** Words after a verb read for the rest of a verb written around its object ("hold their fire"). */
    private static final int SPLIT_REACH = 4;

    /** "evacuating" → "evacuate", "withdrew" stays: a crude stem, enough to find a lexicon verb inside an object. */
    private static String stem(String word) {
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3) + "e";
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - 1);
        }
        return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    }
}
