package org.crosscheck.core.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.core.entity.Actor;
import org.crosscheck.core.entity.ArticleCast;
import org.crosscheck.core.entity.Country;
import org.crosscheck.core.entity.EntityKind;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.text.Span;

/**
 * Resolves the phrase naming a speaker to the actor meant: pronouns to the latest fitting speaker, "a statement
 * issued by X" to X, "the Egyptian minister" to the Egyptian minister of the article, "the Turkish presidency" to
 * Turkey's presidency (not its president), a capital standing for a government to that country, and any other
 * common noun ("Observers") to a group of that name.
 */
public final class Speakers {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "we");
    /** Words that stand for some of a group named before: "many", "some", "others". */
    private static final Set<String> QUANTIFIERS = Set.of("many", "some", "several", "most", "others", "few", "all", "both");

    /** "the foreign ministries of both countries": joint speakers, reported under the country discussed last. */
    private static final java.util.regex.Pattern BOTH = java.util.regex.Pattern.compile("\\b(both|two) (countries|governments|sides)\\b");

    /** Papers that say things of their own: "It calls on both sides" after "Sebina unveiled a five-point plan". */
    private static final java.util.regex.Pattern PAPER = java.util.regex.Pattern.compile(
            "\\b(plan|proposal|report|resolution|draft|roadmap|road map|declaration|communiqu[eé]|letter|bill|framework)\\b[^.]{0,60}\\.\\s*$");

    /** "The government in Lilongwe", "the authorities in Dodoma": a capital's country governing. */
    private static final java.util.regex.Pattern GOVERNMENT_IN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:government|authorities|administration) in (\\p{Lu}[\\p{L}-]*)$");
    private static final int GOVERNMENT_REACH = 40;

    private final KnowledgeBase kb;

    public Speakers(KnowledgeBase kb) {
        this.kb = kb;
    }

    /**
     * @param lastSpeaker the speaker of the article's previous utterance (null if none)
     * @param lastSaidEnd where that utterance ended: a person opening a sentence after it takes over "he" and "she"
     * @param said        what the speaker is credited with saying: a name inside it ("\u201cThe Aura Star held every
     *                    certificate,\u201d he said") is not who "he" is
     */
    public Actor resolve(String text, Span phrase, ArticleCast cast, Actor lastSpeaker, int lastSaidEnd, Span said) {
        if (phrase == null) {
            return lastSpeaker;
        }
        Actor apposed = apposed(text, phrase, cast);
        if (apposed != null) {
            return apposed;
        }
        Optional<Country> wholeCountry = kb.countryNamed(phrase.of(text)); // "Trinidad and Tobago" is one speaker
        if (wholeCountry.isPresent()) {
            return cast.country(wholeCountry.get());
        }
        Span p = firstConjunct(text, phrase);
        String lower = p.of(text).toLowerCase(Locale.ROOT).replace('’', '\'');
        Span source = recordSource(lower, p);
        if (source != null) {
            p = source;
            lower = p.of(text).toLowerCase(Locale.ROOT).replace('’', '\'');
        } else if (lower.matches(".*\\bstatement\\b.*")) {
            return lastSpeaker != null ? lastSpeaker : cast.lastBefore(p.start(), a -> a.kind() == EntityKind.ORGANIZATION);
        }
        if (PERSON_PRONOUNS.contains(lower)) {
            char gender = lower.equals("he") || lower.equals("him") ? 'M' : lower.equals("i") ? 0 : 'F';
            java.util.function.Predicate<Actor> fits = a -> a.kind() == EntityKind.PERSON && (gender == 0 || a.fits(gender));
            Actor newSubject = lastSaidEnd < p.start() ? cast.lastSubjectWithin(new Span(lastSaidEnd, p.start()), fits) : null;
            if (newSubject != null) {
                return newSubject;
            }
            int before = said != null && said.end() <= p.start() ? Math.min(p.start(), said.start()) : p.start();
            return lastSpeaker != null && fits.test(lastSpeaker) ? lastSpeaker : cast.lastBefore(before, fits);
        }
        if (QUANTIFIERS.contains(lower)) {
            // "Many said they heard no announcement": some of the people the story last named as a group
            Actor group = cast.lastBefore(p.start(), a -> a.kind() == EntityKind.GROUP);
            return group != null ? group : cast.group(p.of(text));
        }
        if (lower.equals("it")) {
            Actor author = authorOfPaper(text, p, cast);
            if (author != null) {
                return author;
            }
        }
        if (THING_PRONOUNS.contains(lower)) {
            // "It calls on both sides" after talks in Lilongwe: a town does not speak as "it"
            return lastSpeaker != null && lastSpeaker.kind() != EntityKind.PERSON && lastSpeaker.kind() != EntityKind.PLACE ? lastSpeaker
                    : cast.lastBefore(p.start(), a -> a.kind() == EntityKind.ORGANIZATION);
        }
        if (namesAGroup(lower) || unnamedSource(lower)) {
            return cast.group(p.of(text));
        }
        // the phrase may be the whole "The government in Lilongwe" or only its capital, the words before it cut off
        int from = Math.max(0, p.start() - GOVERNMENT_REACH);
        java.util.regex.Matcher seat = GOVERNMENT_IN.matcher(text.substring(from, p.end()));
        if (seat.find() && from + seat.start(1) >= p.start()) {
            // "The government in Lilongwe has promised ...": the government of the country whose capital is named
            Optional<Country> governed = kb.countryOfCapital(seat.group(1));
            if (governed.isPresent()) {
                return cast.country(governed.get());
            }
        }
        Actor office = officeOf(text, p, cast);
        if (office != null) {
            return office;
        }
        // "The Customs Tariff Commission of the State Council said": the commission speaks, not the council it is of
        int of = lower.indexOf(" of ");
        Actor body = of > 0 ? cast.endingAt(new Span(p.start(), p.start() + of)) : null;
        if (body != null && (body.kind() == EntityKind.ORGANIZATION || body.kind() == EntityKind.PERSON)) {
            return body;
        }
        Actor named = cast.endingAt(p);
        if (named != null) {
            Actor antecedent = possessiveAntecedent(text, p, cast, named);
            return antecedent != null ? antecedent : named;
        }
        return described(text, p, cast);
    }

    /**
     * "In its statement, Egypt's parliament said", right after Libya's parliament passed a resolution: "its" points
     * back to the body that acted, so a differently named body of the same kind is taken as a slip of the name
     * (reconciliation reports the slip as an attribution conflict, with the name as written).
     */
    private static Actor possessiveAntecedent(String text, Span phrase, ArticleCast cast, Actor named) {
        Actor body = named.canonical();
        if (body.institution() == null) {
            return null;
        }
        int leadStart = phrase.start();
        while (leadStart > 0 && phrase.start() - leadStart < 40 && ".\n!?".indexOf(text.charAt(leadStart - 1)) < 0) {
            leadStart--;
        }
        String lead = " " + text.substring(leadStart, phrase.start()).toLowerCase(Locale.ROOT) + " ";
        if (!lead.contains(" its ")) {
            return null;
        }
        Actor before = cast.lastBefore(leadStart, a -> body.institution().equals(a.institution()) && a != body);
        return before != null && before.country() != null && !before.country().equals(body.country()) ? before : null;
    }

    /**
     * What a record speaks for its author: "a statement by the union", "the final figures of the civil-protection
     * authority", "a map released on Saturday by the EU's mapping service" and "the agency's latest report" all speak as the
     * body that issued them. Null when the phrase names no record or no author.
     */
    private static Span recordSource(String lower, Span p) {
        String[] words = lower.split(" ");
        int offset = 0;
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            boolean possessive = word.endsWith("'s") && java.util.Arrays.stream(words, k + 1, Math.min(words.length, k + 4)).anyMatch(RECORDS::contains);
            if (possessive) {
                int ownerEnd = offset + word.length() - 2;
                return ownerEnd <= 0 ? null : new Span(p.start(), p.start() + ownerEnd);
            }
            if (RECORDS.contains(word)) {
                int after = offset + word.length();
                int author = -1;
                for (String link : List.of(" by ", " from ", " of ")) {
                    int at = lower.indexOf(link, after);
                    if (at >= 0 && (author < 0 || at < author)) {
                        author = at + link.length();
                    }
                }
                if (author < 0 || author >= lower.length()) {
                    return null;
                }
                // "figures released by the city electoral commission late on Friday": when is not who
                java.util.regex.Matcher when = WHEN.matcher(lower);
                int end = when.find(author) ? when.start() : lower.length();
                return end <= author ? null : new Span(p.start() + author, p.start() + end);
            }
            offset += word.length() + 1;
        }
        return null;
    }

    /** A time phrase after a record's author. */
    private static final java.util.regex.Pattern WHEN = java.util.regex.Pattern.compile("\\s+((late|early) )?(on (monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|\\d)|last (week|month|year|night)|this (week|month|morning|year)|(in|on) \\d|yesterday|today|"
            + "overnight)\\b");

    /** Things a body issues, which speak for it. */
    private static final Set<String> RECORDS = Set.of("statement", "statements", "figures", "data", "report", "reports", "map",
            "estimate", "estimates", "count", "tally", "survey", "study", "statistics", "records", "documents", "analysis",
            "assessment", "findings", "results", "census", "audit", "calculations", "projections", "forecast", "communique",
            "release", "bulletin", "filing", "complaint", "letter", "petition", "lawsuit", "submission");

    /**
     * "Mr Chukwuma Obi, president of the union" and "Herrera's spokesman, Diego Fuentes": the named person of the two;
     * or a named body described after its name.
     */
    private Actor apposed(String text, Span phrase, ArticleCast cast) {
        int comma = phrase.of(text).indexOf(", ");
        if (comma <= 0) {
            return null;
        }
        Span before = new Span(phrase.start(), phrase.start() + comma);
        Span after = new Span(phrase.start() + comma + 2, phrase.end());
        for (Span part : List.of(before, after)) {
            Actor named = cast.endingAt(part);
            if (named != null && named.kind() == EntityKind.PERSON) {
                Span other = part == before ? after : before;
                Actor otherActor = cast.endingAt(other);
                if ((otherActor == null || otherActor.kind() != EntityKind.PERSON) && kb.rankWithin(other.of(text)).isPresent()) {
                    named.addAlias(other.of(text)); // "The spokeswoman for the presidency, Dewi Lestari"
                }
                return named;
            }
        }
        // "Clean Argeș, the civic group that organised the protest": a named body, then what it is
        Actor body = cast.endingAt(before);
        String described = after.of(text);
        boolean apposition = described.startsWith("the ") || described.startsWith("a ") || described.startsWith("an ");
        return body != null && body.kind() == EntityKind.ORGANIZATION && apposition ? body : null;
    }

    /**
     * "a senior official at the central bank", "a spokeswoman for the commission in Linz": an unnamed source, not the
     * institution or the town named after it.
     */
    private static boolean unnamedSource(String lower) {
        String[] words = lower.split(" ");
        for (int k = 0; k + 1 < words.length && k < 4; k++) {
            if (PhraseEdges.SOURCE_NOUNS.contains(words[k]) && (words[k + 1].equals("at") || words[k + 1].equals("in")
                    || words[k + 1].equals("from") || words[k + 1].equals("with") || words[k + 1].equals("for"))) {
                return true;
            }
        }
        return false;
    }

    /** "President Mateo Herrera's office": the office of a person of the article, named after its holder. */
    private static Actor officeOf(String text, Span p, ArticleCast cast) {
        String phrase = p.of(text);
        int possessive = Math.max(phrase.lastIndexOf("'s office"), phrase.lastIndexOf("’s office"));
        if (possessive <= 0 || possessive + "'s office".length() != phrase.length()) {
            return null;
        }
        Actor holder = cast.endingAt(new Span(p.start(), p.start() + possessive));
        if (holder == null || holder.kind() != EntityKind.PERSON) {
            return null;
        }
        String[] names = holder.name().split(" ");
        Actor office = cast.organization(holder.name() + "'s office", holder.country());
        office.addAlias(phrase);
        office.addAlias(names[names.length - 1] + "'s office");
        return office;
    }

    /** A speaker named by description: role and country, a country's institution, a country, or a group. */
    private Actor described(String text, Span p, ArticleCast cast) {
        String phrase = p.of(text);
        Country country = countryIn(phrase);
        boolean joint = country == null && BOTH.matcher(phrase).find();
        if (joint) {
            Actor latest = cast.lastBefore(p.start(), a -> a.kind() == EntityKind.COUNTRY);
            country = latest == null ? null : latest.country();
        }
        String headWord = joint ? phrase : phrase.substring(lastWordStart(text, p) - p.start());
        Optional<String> institution = kb.institutionWithin(headWord);
        if (kb.isRoleWord(headWord)) {
            Optional<String> rank = kb.rankWithin(phrase);
            // "A spokesman said": someone not named before, not the spokeswoman the story named
            String lowerPhrase = phrase.toLowerCase(Locale.ROOT);
            boolean someone = lowerPhrase.startsWith("a ") || lowerPhrase.startsWith("an ");
            Actor person = someone ? null : cast.holder(p.start(), rank.orElse(null), country);
            if (person == null && text.startsWith(", ", p.end())) {
                // "Chile's water minister, Ana Rojas, ...": the title's holder is named in apposition
                person = cast.startingAt(p.end() + 2, a -> a.kind() == EntityKind.PERSON);
            }
            if (person != null) {
                person.addAlias(phrase);
                return person;
            }
        }
        if (institution.isPresent()) {
            String kind = kb.institutionWithin(phrase).orElse(institution.get());
            Actor inst = country != null ? cast.institution(kind, country, null, kb.institutionName(kind))
                    : cast.lastBefore(p.start(), a -> kind.equals(a.institution()));
            if (inst != null) {
                inst.addAlias(phrase);
                return inst;
            }
        }
        Optional<Country> plainCountry = kb.countryNamed(phrase).or(() -> kb.countryOfCapital(phrase))
                .or(() -> kb.countryOfDemonym(headWord));
        if (plainCountry.isPresent()) {
            Actor c = cast.country(plainCountry.get());
            c.addAlias(phrase);
            return c;
        }
        if (Character.isUpperCase(phrase.codePointAt(0)) && !phrase.contains(" ")) {
            Actor bySurname = cast.personBySurname(phrase);
            return bySurname != null ? bySurname : cast.person(phrase);
        }
        // "said the association's general manager, Paulina Correa": whoever the description names in apposition
        Actor named = text.startsWith(", ", p.end()) ? cast.startingAt(p.end() + 2, a -> a.kind() == EntityKind.PERSON) : null;
        return named != null ? named : cast.group(phrase);
    }

    /**
     * "officials", "trade analysts in Santiago", "wine cooperatives in the Maule Valley": people named by what they are,
     * wherever they are, are a group, not the place named after them.
     */
    private static boolean namesAGroup(String lower) {
        for (String word : lower.split("\\s+")) {
            if (PhraseEdges.GROUP_NOUNS.contains(word)) {
                return true;
            }
            if (word.equals("in") || word.equals("at") || word.equals("from") || word.equals("of")) {
                return false;
            }
        }
        return false;
    }

    private Country countryIn(String phrase) {
        for (String word : phrase.split("[\\s’']+")) {
            Optional<Country> c = kb.countryOfDemonym(word).or(() -> kb.countryNamed(word));
            if (c.isPresent()) {
                return c.get();
            }
        }
        return null;
    }

    /**
     * "Tebogo Sebina unveiled a five-point plan after talks in Lilongwe. It calls on both sides ...": "it" opening the
     * sentence after one that ends on a paper is the paper, which says what its author put in it.
     */
    private static Actor authorOfPaper(String text, Span it, ArticleCast cast) {
        int end = it.start();
        int previousEnd = text.lastIndexOf('.', end - 1);
        if (previousEnd < 0 || !text.substring(previousEnd + 1, end).isBlank()) {
            return null;
        }
        int previousStart = Math.max(text.lastIndexOf('.', previousEnd - 1), text.lastIndexOf('\n', previousEnd - 1)) + 1;
        if (!PAPER.matcher(text.substring(previousStart, previousEnd + 1).toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        return cast.lastSubjectWithin(new Span(previousStart, previousEnd), a -> a.kind() == EntityKind.PERSON || a.kind() == EntityKind.ORGANIZATION);
    }

    private static Span firstConjunct(String text, Span phrase) {
        int and = phrase.of(text).indexOf(" and ");
        return and > 0 ? new Span(phrase.start(), phrase.start() + and) : phrase;
    }

    private static int lastWordStart(String text, Span p) {
        int k = p.end();
        while (k > p.start() && !Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }
}
