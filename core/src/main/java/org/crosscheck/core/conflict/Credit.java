package org.crosscheck.core.conflict;

import java.util.Objects;
import org.crosscheck.core.text.Span;

/**
 * Something credited to an actor in one document, as attribution checks see it: a statement ({@code speech},
 * quoted when {@code direct}) or an act ("the assembly declared a state of emergency"). The actor is given by
 * entity id, display name, country (null when unknown) and institution class ("parliament"; null for people and
 * named bodies); {@code credit} is the span that gives the credit ("Egypt's parliament said", or the act's clause)
 * with its text, {@code content} what was said or done; {@code published} the article's day (null when unknown) and
 * {@code setting} the places its story is set in (entity ids; empty when unknown) and {@code region} the countries
 * they lie in (empty when unknown); {@code named} everyone and everything the article names (entity ids; empty when
 * unknown).
 */
public record Credit(String document, String reference, String speaker, String speakerName, String country, String institution,
                     boolean speech, boolean direct, Span credit, String creditText, String content, java.time.LocalDate published,
                     java.util.Set<String> setting, java.util.Set<String> region, java.util.Set<String> named) {

    public Credit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(credit, "credit");
        Objects.requireNonNull(content, "content");
        setting = setting == null ? java.util.Set.of() : java.util.Set.copyOf(setting);
        region = region == null ? java.util.Set.of() : java.util.Set.copyOf(region);
        named = named == null ? java.util.Set.of() : java.util.Set.copyOf(named);
    }

    /** The same credit for the words in quotation marks inside what it paraphrases: a quotation of its own. */
    public Credit quoting(String words) {
        return new Credit(document, reference, speaker, speakerName, country, institution, speech, true, credit, creditText, words,
                published, setting, region, named);
    }

    /**
     * One of the two articles names both speakers: the other speaker belongs to this story, whatever place each
     * article says the story is set in.
     */
    boolean speakersMeet(Credit other) {
        return named.contains(other.speaker) || other.named.contains(speaker);
    }

    /**
     * Whether two articles' credits can be about one statement or act at all: published within a story's window
     * of each other (or undated). A minister's "we will rebuild" a year later is another statement.
     */
    boolean closeInTime(Credit other) {
        return document.equals(other.document) || org.crosscheck.core.reconcile.SamenessPolicy.withinStoryWindow(published, other.published);
    }

    /** Set in a common place, or either setting unknown: another town's story the same week is another story. */
    boolean setAlike(Credit other) {
        return document.equals(other.document) || setting.isEmpty() || other.setting.isEmpty() || setting.stream().anyMatch(other.setting::contains)
                || countryHolds(this, other) || countryHolds(other, this);
    }

    /**
     * A story set in a country holds one set in a town of that country: the wire's "Portugal" and the broadcaster's
     * "Lisbon" dateline. Two towns of one country stay two settings.
     */
    private static boolean countryHolds(Credit country, Credit town) {
        return country.setting.equals(country.region) && country.setting.stream().anyMatch(town.region::contains);
    }

    /**
     * Two acts, in two articles, by two different bodies of one country, neither of them its government (which acts
     * through its ministries).
     */
    boolean sameActByAnotherBodyOfItsCountry(Credit other) {
        return !speech && !other.speech && !document.equals(other.document) && institution != null && other.institution != null
                && !institution.equals(other.institution) && !GOVERNMENT.equals(institution) && !GOVERNMENT.equals(other.institution)
                && country != null && country.equals(other.country);
    }

    private static final String GOVERNMENT = "government";

    /** An act credited to a person: neither speech nor an institution's act. */
    boolean deedOfAPerson() {
        return !speech && institution == null;
    }

    /**
     * The kind a body's own name gives it, its last two words ("National Electoral Commission" and "Orland Provincial
     * Electoral Commission" are both electoral commissions; "Ndururi County Assembly", a county assembly), for a name
     * of three words or more that ends in a body's word; null otherwise. Such bodies have no country in a credit.
     */
    public static String kindOfBodyNamed(String name) {
        if (name == null) {
            return null;
        }
        String[] words = plain(name).split("\\s+");
        if (words.length < 3 || !BODY_WORDS.contains(words[words.length - 1])) {
            return null;
        }
        return words[words.length - 2] + " " + words[words.length - 1];
    }

    /** A body's name as compared: lower case, without "the". */
    private static String plain(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    private static final java.util.Set<String> BODY_WORDS = java.util.Set.of("commission", "assembly", "council", "committee",
            "court", "authority", "agency", "board", "ministry", "department", "tribunal", "parliament", "senate", "legislature");

    /**
     * Two acts, in two articles, by two bodies named alike in one story ("the National Electoral Commission ordered the
     * recount", "… ordered by the Orland Provincial Electoral Commission"): the same kind by name, neither name the
     * other's shorter form ("Provincial Electoral Commission" is "Orland Provincial Electoral Commission").
     */
    boolean bodyNamedAlike(Credit other) {
        if (speech || other.speech || document.equals(other.document) || country != null || other.country != null || institution == null
                || !institution.equals(other.institution) || speakerName == null || other.speakerName == null) {
            return false;
        }
        String a = plain(speakerName);
        String b = plain(other.speakerName);
        return !a.equals(b) && !a.endsWith(" " + b) && !b.endsWith(" " + a);
    }

    boolean sameKindOfBodyAs(Credit other) {
        return institution != null && institution.equals(other.institution) && !speaker.equals(other.speaker)
                && country != null && other.country != null && !country.equals(other.country);
    }
}
