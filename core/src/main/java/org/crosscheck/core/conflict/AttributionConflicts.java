package org.crosscheck.core.conflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One statement or act credited to two different speakers (AttributionConflictsTest states each rule):
 * <ul>
 * <li><b>Same-kind bodies</b> (HIGH): what two bodies of the same kind in different countries (two parliaments) are
 * credited with shares at least {@link #SHARED_WORDS} distinctive words, in one article or across articles. The
 * classic confusion of same-named institutions; every credit of either body in the articles concerned is a side.</li>
 * <li><b>Two bodies of one country</b> (MEDIUM): one act (sharing {@link #SHARED_WORDS} words and a {@link #SAME_STATEMENT}
 * share of all) credited in two articles of one story to two different bodies of one country ("the Economy Ministry
 * announced duties", "the Finance Ministry imposed the duties"). The government acting through a ministry is no such
 * clash.</li>
 * <li><b>Bodies named alike</b> (MEDIUM): one act (as above) credited in two articles of one story to two bodies whose
 * names make them one kind ("the National Electoral Commission" and "the Orland Provincial Electoral Commission"; two
 * county assemblies), neither name a shorter form of the other.</li>
 * <li><b>Two people, one deed</b> (MEDIUM): what one person does to another once (suspends, appoints, arrests them),
 * credited in two articles of one story to two different people, with the one it was done to named in both.</li>
 * <li><b>Same statement, one article</b> (MEDIUM): two statements in one article, by speakers of different countries,
 * sharing {@link #SHARED_WORDS} words and a {@link #SAME_STATEMENT} share of all their words.</li>
 * <li><b>Same quote, two speakers</b> (HIGH): one quotation (a {@link #SAME_QUOTE} share of its words) put in
 * two different speakers' mouths, in any articles (in three mouths, one conflict with three sides).</li>
 * </ul>
 * Speakers of one country saying the same thing are left alone: a minister speaks for the ministry and the country.
 * Across articles, only articles published within the story window of each other are compared; one quotation in
 * two mouths also needs the articles set in a common place, two bodies' act also the names it mentions in common
 * (or, naming nothing, articles set in a common place).
 */
public final class AttributionConflicts {

    public static final int SHARED_WORDS = 3;
    public static final double SAME_STATEMENT = 0.25;
    public static final double SAME_QUOTE = 0.6;
    private static final int QUOTE_WORDS = 4;
    /** Words from which one quotation given word for word is not a stock phrase two towns' officials might share. */
    static final int LONG_QUOTE_WORDS = 12;
    /** Words from which one quotation given word for word is one quotation even when it names nothing. */
    static final int WHOLE_QUOTE_WORDS = 15;

    private enum Rule { SAME_KIND_BODIES, TWO_BODIES_OF_ONE_COUNTRY, BODIES_NAMED_ALIKE, TWO_PEOPLE_ONE_DEED, SAME_STATEMENT, SAME_QUOTE }

    private record Clash(Rule rule, String scope, Set<Integer> credits, Set<String> words) {
    }

    public List<Conflict> find(List<Credit> credits) {
        List<Set<String>> wording = credits.stream().map(c -> Wording.of(c.content())).toList();
        List<String> plain = credits.stream().map(c -> Wording.plain(c.content())).toList();
        Map<String, Clash> clashes = new LinkedHashMap<>();
        // every pair is compared, so each comparison must be cheap: wordings and plain forms are read once per credit,
        // and shared stems are counted without building sets
        for (int i = 0; i < credits.size(); i++) {
            for (int j = i + 1; j < credits.size(); j++) {
                Credit a = credits.get(i);
                Credit b = credits.get(j);
                if (a.speaker().equals(b.speaker()) || !a.closeInTime(b)) {
                    continue;
                }
                Rule rule = rule(a, b, wording.get(i), wording.get(j), plain.get(i), plain.get(j));
                if (rule == null) {
                    continue;
                }
                String pair = a.speaker().compareTo(b.speaker()) < 0 ? a.speaker() + "|" + b.speaker() : b.speaker() + "|" + a.speaker();
                String scope = a.document().equals(b.document()) ? a.document() : "across";
                Clash clash = clashes.computeIfAbsent(rule + "|" + pair + "|" + scope,
                        k -> new Clash(rule, scope, new TreeSet<>(), new TreeSet<>()));
                clash.credits().addAll(List.of(i, j));
                clash.words().addAll(Wording.shared(wording.get(i), wording.get(j)));
            }
        }
        List<Conflict> found = new ArrayList<>();
        quotationsTogether(clashes.values()).forEach(c -> found.add(conflict(credits, c)));
        return found;
    }

    /**
     * One quotation put in three mouths is one conflict with three sides, not three conflicts of two: clashes over the
     * same quotation (sharing a credit) in the same scope are joined.
     */
    private static List<Clash> quotationsTogether(java.util.Collection<Clash> clashes) {
        List<Clash> out = new ArrayList<>();
        for (Clash clash : clashes) {
            Clash joined = clash.rule() != Rule.SAME_QUOTE ? null : out.stream()
                    .filter(o -> o.rule() == Rule.SAME_QUOTE && o.scope().equals(clash.scope())
                            && o.credits().stream().anyMatch(clash.credits()::contains))
                    .findFirst().orElse(null);
            if (joined == null) {
                out.add(new Clash(clash.rule(), clash.scope(), new TreeSet<>(clash.credits()), new TreeSet<>(clash.words())));
            } else {
                joined.credits().addAll(clash.credits());
                joined.words().addAll(clash.words());
            }
        }
        return out;
    }

    private static Rule rule(Credit a, Credit b, Set<String> x, Set<String> y, String plainA, String plainB) {
        int shared = Wording.sharedCount(x, y);
        if (a.sameKindOfBodyAs(b) && shared >= SHARED_WORDS && (a.document().equals(b.document()) || sameNamesIn(a, b))) {
            return Rule.SAME_KIND_BODIES;
        }
        if (a.sameActByAnotherBodyOfItsCountry(b) && shared >= SHARED_WORDS && Wording.jaccard(x, y) >= SAME_STATEMENT
                && a.setAlike(b)) {
            return Rule.TWO_BODIES_OF_ONE_COUNTRY;
        }
        if (a.bodyNamedAlike(b) && shared >= SHARED_WORDS && Wording.jaccard(x, y) >= SAME_STATEMENT && a.setAlike(b)) {
            return Rule.BODIES_NAMED_ALIKE;
        }
        if (a.deedOfAPerson() && b.deedOfAPerson() && !a.document().equals(b.document()) && shared >= SHARED_WORDS
                && Wording.jaccard(x, y) >= SAME_STATEMENT && a.setAlike(b) && names(a.content()).stream().anyMatch(names(b.content())::contains)) {
            return Rule.TWO_PEOPLE_ONE_DEED;
        }
        boolean quotedAlike = shared >= QUOTE_WORDS && Wording.jaccard(x, y) >= SAME_QUOTE || Wording.verbatim(plainA, plainB);
        // a long quotation given word for word that names something ("The Nefeli Express held every certificate
        // required by law ...") is one quotation wherever each article says the story is set; one naming nothing may
        // be a stock phrase two towns' officials share ("we will rebuild the bridge and find out why it failed"), but
        // not a whole sentence of WHOLE_QUOTE_WORDS given word for word ("We will not stop searching until every name
        // on the manifest has been accounted for")
        int words = plainA.split(" ").length;
        boolean longVerbatim = Wording.verbatim(plainA, plainB)
                && (words >= LONG_QUOTE_WORDS && !names(a.content()).isEmpty() || words >= WHOLE_QUOTE_WORDS);
        // "said the association's general manager" may be the very person another article names
        boolean bothNamed = named(a) && named(b);
        // the same words, or one quotation's words inside the other's, in two mouths that one of the articles both names
        // ("Paying would only finance the next attack" from the minister; from the cybersecurity director in an
        // article that quotes the minister too): one quotation in one story, however short
        boolean quotedWithin = Wording.within(plainA, plainB) && a.speakersMeet(b);
        if (a.speech() && b.speech() && a.direct() && b.direct() && (quotedAlike || quotedWithin) && bothNamed
                && (a.setAlike(b) || longVerbatim || quotedWithin)) {
            return Rule.SAME_QUOTE;
        }
        boolean oneArticle = a.document().equals(b.document());
        boolean countriesDiffer = a.country() != null && b.country() != null && !Objects.equals(a.country(), b.country());
        if (oneArticle && a.speech() && b.speech() && countriesDiffer && shared >= SHARED_WORDS && Wording.jaccard(x, y) >= SAME_STATEMENT) {
            return Rule.SAME_STATEMENT;
        }
        return null;
    }

    /** A speaker given by name, not only described ("the association's general manager"). */
    private static boolean named(Credit c) {
        return c.speakerName() != null && !c.speakerName().isEmpty() && Character.isUpperCase(c.speakerName().charAt(0));
    }

    /**
     * Across articles, two bodies' acts are one act only if what they name agrees: "declared a state of emergency in
     * Eldunpo" and "... in Tassalna" are two emergencies; "the deployment of Egyptian troops to fight militias in
     * Libya" twice is one deployment; acts naming nothing are one act only in articles set alike. Compared by the
     * capitalised words after the first of each content.
     */
    private static boolean sameNamesIn(Credit a, Credit b) {
        Set<String> x = names(a.content());
        Set<String> y = names(b.content());
        if (x.isEmpty() || y.isEmpty()) {
            // an act naming nothing ("declared a state of emergency") is one act only within one story's setting:
            // two countries' parliaments each declaring one in its own country's story the same week are two acts
            return a.setAlike(b);
        }
        return x.stream().anyMatch(y::contains);
    }

    private static Set<String> names(String content) {
        Set<String> names = new TreeSet<>();
        String[] words = content.split("[^\\p{L}'\u2019-]+");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].replaceAll("['\u2019]s$", "");
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                names.add(w);
            }
        }
        return names;
    }

    private static Conflict conflict(List<Credit> credits, Clash clash) {
        Set<Integer> involved = new TreeSet<>(clash.credits());
        if (clash.rule() == Rule.SAME_KIND_BODIES) {
            // Every credit of either body where the clash is (the article, or the articles involved) is in question.
            Set<String> speakers = new TreeSet<>();
            Set<String> documents = new TreeSet<>();
            clash.credits().forEach(i -> {
                speakers.add(credits.get(i).speaker());
                documents.add(credits.get(i).document());
            });
            for (int k = 0; k < credits.size(); k++) {
                Credit c = credits.get(k);
                if (speakers.contains(c.speaker()) && documents.contains(c.document()) && (clash.scope().equals("across") || c.document().equals(clash.scope()))) {
                    involved.add(k);
                }
            }
        }
        List<Credit> sides = involved.stream().map(credits::get)
                .sorted(Comparator.comparing(Credit::document).thenComparingInt(c -> c.credit().start())).toList();
        Map<String, List<Credit>> bySpeaker = new LinkedHashMap<>();
        sides.forEach(c -> bySpeaker.computeIfAbsent(c.speaker(), k -> new ArrayList<>()).add(c));
        List<List<Credit>> perSpeaker = new ArrayList<>(bySpeaker.values());
        Credit first = perSpeaker.get(0).get(0);
        Credit second = perSpeaker.get(1).get(0);
        String where = clash.scope().equals("across") ? "these articles credit" : "this article credits";
        String explanation = switch (clash.rule()) {
            case SAME_KIND_BODIES -> "Two " + plural(first.institution()) + " for one act: " + where + " it to " + first.speakerName()
                    + " (" + quoted(perSpeaker.get(0)) + ") and to " + second.speakerName() + " (" + quoted(perSpeaker.get(1)) + ")."
                    + " Bodies of the same kind in two countries are easily confused; check which one acted or spoke.";
            case TWO_BODIES_OF_ONE_COUNTRY -> "One act, two bodies of one country: " + where + " it to " + first.speakerName() + " ("
                    + quoted(perSpeaker.get(0)) + ") and to " + second.speakerName() + " (" + quoted(perSpeaker.get(1)) + ")."
                    + " Check which of them acted.";
            case BODIES_NAMED_ALIKE -> "One act, two bodies named alike: " + where + " it to " + first.speakerName() + " ("
                    + quoted(perSpeaker.get(0)) + ") and to " + second.speakerName() + " (" + quoted(perSpeaker.get(1)) + ")."
                    + " Bodies whose names differ by a word are easily confused; check which one acted.";
            case TWO_PEOPLE_ONE_DEED -> "One act, two people: " + where + " it to " + first.speakerName() + " (" + quoted(perSpeaker.get(0))
                    + ") and to " + second.speakerName() + " (" + quoted(perSpeaker.get(1)) + "). Check who did it.";
            case SAME_STATEMENT -> "The same statement is credited to " + first.speakerName() + " (" + quoted(perSpeaker.get(0)) + ") and to "
                    + second.speakerName() + " (" + quoted(perSpeaker.get(1)) + ") in one article; check whose statement it is.";
            case SAME_QUOTE -> "One quotation, " + (perSpeaker.size() == 2 ? "two" : Integer.toString(perSpeaker.size())) + " speakers: " + where
                    + " it " + everyCredit(perSpeaker) + ". At most one can be right.";
        } + " Shared wording: " + String.join(", ", clash.words()) + ".";
        Severity severity = clash.rule() == Rule.SAME_STATEMENT || clash.rule() == Rule.TWO_BODIES_OF_ONE_COUNTRY
                || clash.rule() == Rule.TWO_PEOPLE_ONE_DEED || clash.rule() == Rule.BODIES_NAMED_ALIKE ? Severity.MEDIUM : Severity.HIGH;
        List<ConflictSide> out = sides.stream()
                .map(c -> new ConflictSide(c.document(), c.credit(), "credited to " + c.speakerName(), c.reference())).toList();
        return new Conflict(ConflictKind.ATTRIBUTION, severity, explanation, out, new ArrayList<>(bySpeaker.keySet()));
    }

    private static String plural(String institution) {
        institution = institution.replace('-', ' ');
        return institution.endsWith("y") ? institution.substring(0, institution.length() - 1) + "ies" : institution + "s";
    }

    /** "to A (“…”), to B (“…”) and to C (“…”)". */
    private static String everyCredit(List<List<Credit>> bySpeaker) {
        List<String> parts = bySpeaker.stream().map(c -> "to " + c.get(0).speakerName() + " (" + quoted(c) + ")").toList();
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String quoted(List<Credit> credits) {
        return String.join("; ", credits.stream().map(c -> "\u201c" + c.creditText().strip() + "\u201d").toList());
    }
}
