package org.crosscheck.core.reconcile;

import java.util.HashSet;
import java.util.Set;
import org.crosscheck.core.normalise.Quantity;

/**
 * When two claim mentions state one proposition, when one supports another, and when they contradict: the rules
 * reconciliation applies, in one place. Each is stated as a newsroom rule in SamenessPolicyTest. The rules are
 * symmetric, so the groups they make do not depend on the order in which articles arrive.
 *
 * <ul>
 * <li>Same proposition: the same wording (a syndicated copy), or the same class of predicate and either a count
 * of the same measure where the same place or party is named, or compatible actors (the same entity; or, for a class whose identity
 * is what it is done to, such as an ouster, one side not saying who), at least half of the smaller side's other participants shared ({@link #PARTICIPANT_OVERLAP}), and dates
 * and figures that agree after normalisation. A verb without a class needs the same wording key instead.</li>
 * <li>What a speaker said: the same speaker, in one story, sharing most of its words ({@link #SAID_OVERLAP}); never the
 * same proposition as an act reported, and never a contradiction.</li>
 * <li>Contradiction: everything that makes two mentions one proposition except the date (a date conflict) or the
 * figure (a number conflict).</li>
 * <li>Support: two different actors demanding the same act ("Libya asked Turkey to help evacuate foreign forces",
 * "Egypt conditioned ties on the withdrawal of Turkish troops from Libya"); or a report that two actors back rival
 * sides, supported by each actor's own backing.</li>
 * </ul>
 */
public final class SamenessPolicy {

    /** Share of the smaller participant set that must be shared: "the ouster of Morsi" vs "ousting president Morsi". */
    public static final double PARTICIPANT_OVERLAP = 0.5;

    public static final String BACKING = "back";
    /** The predicate of the figure of a longer claim (StatementReader#figure). */
    public static final String FIGURE = org.crosscheck.core.claim.ClaimMention.FIGURE_OF;
    /** The predicate of what a speaker is credited with saying (StatementReader#said). */
    public static final String SAYING = "say";
    /**
     * Share of the shorter account's words that two accounts of one statement by one speaker share: "the defence would
     * appeal" and "the defence would file its appeal by the end of the week" (defence, appeal: all of the shorter).
     */
    public static final double SAID_OVERLAP = 0.6;
    /** Fewest words two accounts of one statement share: one word ("verdict") is a topic, not a statement. */
    public static final int SAID_SHARED_WORDS = 2;
    /** What died only grows in number, however it is counted ("27 tonnes of dead fish by Sunday"). */
    private static final String KILLING = "kill";
    private static final Set<String> RIVAL_WORDS = Set.of("rival", "opposing", "opposite", "competing", "different", "rivals");

    /**
     * DISTINCT: two acts of one kind dated too far apart to be one, and not naming the same parties ("a blast at the
     * same mine killed four men three years ago"; the same two countries signing in 1996 and in 2010): kept apart like
     * a contradiction, but no conflict to show. UPDATES: a later account gives a larger total as risen to it ("the
     * toll has risen to 12" after "seven were killed"), a count of how things stand is read again on a later day, or a
     * count is taken again ("after the recount") ({@link OngoingCounts}): the count moving on, kept apart by figure,
     * no conflict either.
     */
    public enum Verdict { DIFFERENT, SAME, SUPPORTS, DATE_CONTRADICTS, NUMBER_CONTRADICTS, DISTINCT, UPDATES }

    public Verdict compare(Statement a, Statement b) {
        if (saying(a) || saying(b)) {
            return saying(a) && saying(b) && sameSaying(a, b) ? Verdict.SAME : Verdict.DIFFERENT;
        }
        if (figure(a) && figure(b)) {
            return sameFigure(a, b) ? Verdict.SAME : Verdict.DIFFERENT;
        }
        if (figure(a) || figure(b)) {
            // "about EUR 38 million" within what the chief executive said, and "the deal will add about 38 million
            // euros" told alone: a sum told as a claim of its own in one article is one sum with the short claim of another
            return sameSum(a, b) ? Verdict.SAME : Verdict.DIFFERENT;
        }
        if (rivalry(a) != rivalry(b)) {
            return backsOneRival(a, b) || backsOneRival(b, a) ? Verdict.SUPPORTS : Verdict.DIFFERENT;
        }
        // The same words with nobody named ("the two governments signed in 1996") are one act only in one story.
        // Across stories the same words must also have the same actors: "Malaysia and Kenya signed in 1996" is keyed
        // by one of them, as is "Croatia and Kenya signed in 2009".
        boolean sameWording = !a.key().isBlank() && a.key().equals(b.key())
                && (a.hasActor() && a.actors().equals(b.actors()) && inTouch(a, b) || oneStory(a, b));
        boolean samePredicate = a.predicate() != null && a.predicate().equals(b.predicate());
        boolean bareCount = a.predicate() == null && b.predicate() == null;
        boolean sameParties = samePredicate && aboutTheSame(a, b);
        boolean sameAct = sameWording || sameParties || samePredicate && (sameCount(a, b) || sameHappening(a, b) || sameActorsDeed(a, b))
                || bareCount && sameBareCount(a, b) || sameNamedMeasure(a, b) || sameSum(a, b) || transposedFigure(a, b);
        // "Pichlmayr received 13,111 votes" and "Pichlmayr finished 121 votes ahead": one act, but a count and a margin
        // are two claims about it
        boolean otherMeasures = a.quantity() != null && b.quantity() != null && !a.quantity().countsLike(b.quantity())
                && (Quantity.MARGIN.equals(a.quantity().measure()) || Quantity.MARGIN.equals(b.quantity().measure()));
        if (!sameAct || otherMeasures && !sameWording) {
            return Verdict.DIFFERENT;
        }
        if (!compatibleActors(a, b) && !unnamedTally(a, b)) {
            return a.demanded() && b.demanded() && jaccard(everyone(a), everyone(b)) >= PARTICIPANT_OVERLAP ? Verdict.SUPPORTS : Verdict.DIFFERENT;
        }
        if (updates(a, b) || updates(b, a)) {
            // the day of each count differs too, as the toll moves on: not a date conflict either
            return Verdict.UPDATES;
        }
        // two readings of how things stood are dated by the day each was taken: a different day is no misdating
        boolean readings = a.ongoing() && b.ongoing() && a.quantity() != null && b.quantity() != null && a.quantity().countsLike(b.quantity())
                // "said on Monday that 37 people had died" is dated by the day it was counted, not the day they died
                || reading(a) && b.quantity() == null || reading(b) && a.quantity() == null;
        if (!readings && a.date() != null && b.date() != null && !a.date().agreesWith(b.date())) {
            // Dates far apart are two events of one kind ("Uruguay and Peru signed in 1996", "... in 2010"), not one
            // event misdated, unless both name the same parties: the ouster of Morsi in 2012 and in 2013 is one ouster.
            boolean namedAlike = sameParties && !a.named().isEmpty() && !b.named().isEmpty();
            return !namedAlike && daysApart(a.date(), b.date()) > STORY_WINDOW_DAYS ? Verdict.DISTINCT : Verdict.DATE_CONTRADICTS;
        }
        if (!readings && (misdatedWithoutYear(a, b) || misdatedWithoutYear(b, a))) {
            return Verdict.DATE_CONTRADICTS;
        }
        if (a.quantity() != null && b.quantity() != null && a.quantity().countsLike(b.quantity()) && !a.quantity().agrees(b.quantity())) {
            return partOfTheWhole(a, b) ? Verdict.DIFFERENT : Verdict.NUMBER_CONTRADICTS;
        }
        return Verdict.SAME;
    }

    /** A count of how things stood on its day. */
    private static boolean reading(Statement s) {
        return s.ongoing() && s.quantity() != null;
    }

    /**
     * "Detained in Setubal on Wednesday" (12 March) and "arrested in Setubal on 13 March" in an article that states no
     * date of its own: whatever year the undated article means, its day is another.
     */
    private static boolean misdatedWithoutYear(Statement yearless, Statement other) {
        if (yearless.dayWithoutYear() == null) {
            return false;
        }
        if (other.dayWithoutYear() != null) {
            return !other.dayWithoutYear().equals(yearless.dayWithoutYear());
        }
        return other.date() != null && other.date().precision() == org.crosscheck.core.time.ReportedDate.Precision.DAY
                && !java.time.MonthDay.from(other.date().first()).equals(yearless.dayWithoutYear());
    }

    /**
     * "Four Malawian marines, three fishermen and two Tanzanian soldiers are killed", then "taking the toll to 12"; "Malawi
     * says eight of its citizens died" against "the clash killed at least ten": a count of one side's own people is a
     * part of the toll, in the same article or another, not another toll; nor is another side's count ("two Tanzanian
     * soldiers") another count of the first side's.
     */
    private static boolean partOfTheWhole(Statement a, Statement b) {
        return !a.quantity().side().equals(b.quantity().side());
    }

    /** What a speaker is credited with saying, rather than an act the article reports. */
    public static boolean saying(Statement s) {
        return SAYING.equals(s.predicate());
    }

    /** The figure of a longer claim, told as a claim of its own. */
    public static boolean figure(Statement s) {
        return FIGURE.equals(s.predicate());
    }

    /**
     * One figure told by two outlets: in one story, the same measure and an agreeing value ("to seven years in prison",
     * "sentenced to seven years in jail"; "for 40 years", "for four decades"), unless both name people and share none
     * ("Pârvulescu was sentenced to five years", "Crăciunescu was barred for five years"). What the figure is of is not
     * compared: outlets tell one figure with other verbs ("approved", "voted", "passed"), and one exact value of one
     * measure in one story is rarely two facts. Figures that disagree are the claims' conflict, told there, not the
     * figures'.
     */
    private static boolean sameFigure(Statement a, Statement b) {
        if (a.document().equals(b.document()) || !oneStory(a, b)) {
            return false;
        }
        Quantity x = a.quantity();
        Quantity y = b.quantity();
        boolean sameParties = samePeopleIfAny(a, b);
        // a sum is told by its currency whatever it is said to be of: "€640,000 in bribes", "pocketed €640,000"
        boolean sums = !x.currency().isEmpty() || !y.currency().isEmpty();
        boolean sameFigure = sums ? x.currency().equals(y.currency()) && x.valueAgrees(y) : x.measureKey().equals(y.measureKey()) && x.agrees(y);
        return sameParties && sameFigure;
    }

    /**
     * Two accounts of one statement: the same speaker, in one story, saying mostly the same words ("Justice has been
     * slow, but it has been done" in the original and its rewrite). What one speaker says on two subjects is two
     * statements, and the same words from two speakers are two statements (an attribution conflict is another check).
     * Within one article a statement told twice is the writer's repetition, not corroboration: only outlets count.
     */
    private static boolean sameSaying(Statement a, Statement b) {
        if (a.document().equals(b.document()) || !a.hasActor() || !b.hasActor() || !compatibleActors(a, b)
                || !oneStory(a, b)) {
            return false;
        }
        Set<String> x = contentWords(a.objectWords());
        Set<String> y = contentWords(b.objectWords());
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        int shorter = Math.min(x.size(), y.size());
        return shared.size() >= Math.min(SAID_SHARED_WORDS, shorter) && shorter > 0 && shared.size() >= SAID_OVERLAP * shorter;
    }

    /**
     * A count that moved on: the later article gives a larger total of the same measure as risen to it ("has risen to
     * 12", "bringing the number of dead to twelve"). A larger figure without such words is still a conflict: nothing
     * says the toll changed ("killed 21 miners" three days after twelve).
     */
    private static boolean updates(Statement later, Statement earlier) {
        Quantity now = later.quantity();
        Quantity before = earlier.quantity();
        if (now == null || before == null || !now.countsLike(before)) {
            return false;
        }
        boolean risenTo = now.qualifier() == Quantity.Qualifier.RISEN_TO && later.published() != null && earlier.published() != null
                && later.published().isAfter(earlier.published()) && now.lower() > before.upper();
        return risenTo || readOnALaterDay(later, earlier) || countedAgain(later, earlier) || outgrewItsFloor(later, earlier)
                || fullerCount(later, earlier);
    }

    /** "With 94 percent of polling stations reporting" she led by 2,454; the declared margin was 1,284: the count went on. */
    private static boolean fullerCount(Statement fuller, Statement provisional) {
        return provisional.provisional() && !fuller.provisional() && !fuller.quantity().agrees(provisional.quantity());
    }

    /**
     * "More than 2,000 people were moved to higher ground" on Sunday and 6,240 displaced in Tuesday's article: a floor
     * says "so far", and a larger count of the living in a later article is the count moving on, not another count.
     * The dead are left to the rules above: a toll given exactly after "at least" is still compared. A count grown past
     * {@link #FLOOR_GROWTH} times its floor ("at least 40 injured" on Tuesday, 400 on Wednesday) is more likely one of
     * them wrong than the count moving on: twice the reach a floor has on its own day (OPEN_BOUND_REACH).
     */
    private static boolean outgrewItsFloor(Statement later, Statement earlier) {
        Quantity before = earlier.quantity();
        boolean floor = before.qualifier() == Quantity.Qualifier.AT_LEAST || before.qualifier() == Quantity.Qualifier.MORE_THAN;
        return floor && !countTheDead(later, earlier) && later.published() != null && earlier.published() != null && later.published().isAfter(earlier.published())
                && later.quantity().lower() > before.lower() && later.quantity().lower() <= before.lower() * FLOOR_GROWTH;
    }

    static final double FLOOR_GROWTH = 2 * org.crosscheck.core.normalise.QuantityAgreement.OPEN_BOUND_REACH;

    /** "After the recount, she had 13,094 votes" in a later article replaces the first count, up or down. */
    private static boolean countedAgain(Statement later, Statement earlier) {
        return later.revised() && !earlier.revised() && later.published() != null && earlier.published() != null
                && later.published().isAfter(earlier.published()) && !later.quantity().agrees(earlier.quantity());
    }

    /**
     * Two readings of how things stand, taken on different days ("seven are in intensive care" on Thursday, "nine
     * were in intensive care on Friday"): the count moved on. The dead only grow in number: fewer dead on a later
     * day is still a conflict, while "more than 9 tonnes of dead fish" on Wednesday and 27 tonnes on Sunday is not.
     */
    private static boolean readOnALaterDay(Statement later, Statement earlier) {
        java.time.LocalDate now = later.countedOn();
        java.time.LocalDate before = earlier.countedOn();
        if (!later.ongoing() || !earlier.ongoing() || now == null || before == null || !now.isAfter(before)
                || later.quantity().agrees(earlier.quantity())) {
            return false;
        }
        return !countTheDead(later, earlier) || later.quantity().upper() >= earlier.quantity().lower();
    }

    /** Whether either of two counts is of the dead: by what became of the counted, or by a verb of killing. */
    private static boolean countTheDead(Statement a, Statement b) {
        return "dead".equals(a.quantity().state()) || "dead".equals(b.quantity().state()) || KILLING.equals(a.predicate())
                || KILLING.equals(b.predicate());
    }

    /** "Cairo and Ankara back rival sides": a claim about two actors' opposition, not about one side. */
    public static boolean rivalry(Statement s) {
        return BACKING.equals(s.predicate()) && containsAny(s.objectWords(), RIVAL_WORDS);
    }

    private static boolean backsOneRival(Statement rivalry, Statement backing) {
        if (!rivalry(rivalry) || !BACKING.equals(backing.predicate()) || backing.demanded() || rivalry.actors().size() < 2) {
            return false;
        }
        // A reported backing ("he stated that Turkey's support for ...") names its backer among the participants.
        Set<String> backers = backing.hasActor() ? backing.actors() : backing.named();
        return backers.stream().anyMatch(rivalry.actors()::contains);
    }

    private static boolean aboutTheSame(Statement a, Statement b) {
        Set<String> x = a.named();
        Set<String> y = b.named();
        if (x.isEmpty() || y.isEmpty()) {
            // Nothing else to compare: only the actor, within one story, can make them one ("Turkey backs X" vs
            // "Turkey backs it"); "Portugal signed" in 2003 and in 2019 are two signings.
            return x.isEmpty() && y.isEmpty() && a.hasActor() && a.actors().equals(b.actors()) && sameStory(a, b);
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        if (shared.isEmpty() || shared.size() < PARTICIPANT_OVERLAP * Math.min(x.size(), y.size())) {
            return false;
        }
        // Sharing only a country says where, not what: "support of Libya's sovereignty" is not "Turkey deployed to Libya".
        boolean onlyPlaces = shared.stream().noneMatch(id -> a.participants().contains(id) || b.participants().contains(id));
        // Two demands about the same country are about what should happen there ("foreign forces must leave Libya").
        boolean oneActor = a.hasActor() && b.hasActor() && compatibleActors(a, b) || namedByItsKind(a, b) || namedByItsKind(b, a);
        return !onlyPlaces || a.demanded() && b.demanded() || oneActor && !placedApart(a, b) && inTouch(a, b);
    }

    /** How far apart the dates of two one-off acts may be and still be one act told across stories: a year. */
    public static final int ONE_ACT_DAYS = 366;

    /**
     * "Norway's government will open an inquiry", told after one collapse in 2022 and after another in 2024: a one-off
     * act told alike, by one actor or about one country only, is one act across stories only when the two are close in
     * time: dated within {@link #ONE_ACT_DAYS} of each other, or (either undated) told within a story's window. A
     * standing ("Turkey backs the GNA", a status) holds however far apart it is told.
     */
    static boolean inTouch(Statement a, Statement b) {
        if (standing(a) && standing(b)) {
            return true;
        }
        if (a.date() != null && b.date() != null) {
            return daysApart(a.date(), b.date()) <= ONE_ACT_DAYS;
        }
        return withinStoryWindow(a, b);
    }

    /** A stance or a status: how things stand, not something done once. */
    static boolean standing(Statement s) {
        return s.kind() == org.crosscheck.core.claim.ClaimKind.STANCE || s.kind() == org.crosscheck.core.claim.ClaimKind.STATUS;
    }

    /**
     * "Parliament declared a state of emergency in Kanjiža" and "... in Senta": one actor doing one kind of thing in
     * two places each names and the other does not is two acts, whatever else they share.
     */
    private static boolean placedApart(Statement a, Statement b) {
        return !b.places().containsAll(a.places()) && !a.places().containsAll(b.places());
    }

    /**
     * Two counts of one measure ("people killed") in one story (the same place or party named, or articles set in
     * the same place): one toll, however stated.
     */
    private static boolean sameCount(Statement a, Statement b) {
        if (a.quantity() == null || b.quantity() == null) {
            return false;
        }
        // "at least 40 were injured" counts what its verb says; an unnamed measure takes the other side's. A count
        // asked for ("prosecutors sought nine years") is not the count reported, and counts of two named parties
        // ("five years for the contractor", "seven for the council chief") are two counts.
        return a.quantity().countsLike(b.quantity()) && (sameStory(a, b) || sameExactCount(a, b)) && !oneIsBackground(a, b)
                && a.demanded() == b.demanded() && !namesOthers(a, b);
    }

    /** Fewest of a kind counted exactly for one count to be told apart from others without its story: "219 people". */
    public static final int DISTINCT_COUNT = 100;

    /**
     * "By Tuesday evening 219 people had been rescued" and "a total of 219 people have been rescued", a fortnight
     * apart at most: the same exact count, of at least {@link #DISTINCT_COUNT} of one kind, is one count wherever each
     * article says its story is set. Two stories that count exactly the same hundreds in one fortnight are rare; small
     * or rounded counts ("three people", "about 200") are not told apart this way.
     */
    static boolean exactCount(Statement s) {
        Quantity q = s.quantity();
        return q != null && q.qualifier() == Quantity.Qualifier.EXACT && q.lower() == q.upper() && q.lower() >= DISTINCT_COUNT
                && q.lower() % 10 != 0 && !q.countedKind().isEmpty() && q.currency().isEmpty();
    }

    private static boolean sameExactCount(Statement a, Statement b) {
        return exactCount(a) && exactCount(b) && a.quantity().lower() == b.quantity().lower()
                && a.quantity().countedKind().equals(b.quantity().countedKind()) && withinStoryWindow(a, b);
    }

    /**
     * "Turnout was 58.4 per cent" and "turnout in the run-off was 54.8 per cent"; "about 2,000 passengers were stranded"
     * and "more than 3,000 passengers were stranded" in one story: a figure that says in full what it counts (a share of
     * a named whole, or a named noun with what became of it) is one measure, whatever event the rest of either sentence
     * names.
     */
    private static boolean sameNamedMeasure(Statement a, Statement b) {
        return a.quantity() != null && b.quantity() != null && a.quantity().saysWhatItCounts() && b.quantity().saysWhatItCounts()
                && a.quantity().countedKind().equals(b.quantity().countedKind()) && a.quantity().state().equals(b.quantity().state())
                && sameCount(a, b);
    }

    /**
     * "At the centre of the complaint are 347 postal ballots" and "the challenge turns on 374 postal ballots"; "fined
     * 48,000 euros" and "fined 84,000 euros", in one story: the same digits in another order, counting the same named
     * thing (or a sum of one currency, large enough to be told apart), are one figure with a slip on one side, whatever
     * else each sentence says. A bare unit ("34%", "3,200 hectares") measures too many things, and two who are named
     * differently ("the Greens won 34%", "the Liberals won 43%") are two results.
     */
    private static boolean transposedFigure(Statement a, Statement b) {
        Quantity x = a.quantity();
        Quantity y = b.quantity();
        if (x == null || y == null || a.document().equals(b.document()) || a.demanded() != b.demanded() || !x.countsLike(y)
                || !x.countedKind().equals(y.countedKind()) || !x.currency().equals(y.currency())) {
            return false;
        }
        boolean namedThing = !x.countedKind().isEmpty() && !Quantity.UNITS.contains(x.countedKind());
        boolean sum = !x.currency().isEmpty() && Math.min(x.lower(), y.lower()) >= DISTINCT_SUM;
        // "about 3.5 million cubic metres" and "about 5.3 million": an amount as large as a distinct sum, in a unit of
        // size (not of time: "10,000 years" is no measurement), is told apart by its value as a sum is
        boolean amount = x.currency().isEmpty() && x.inUnits() && !Quantity.TIME_UNITS.contains(x.measureKey().split(" ")[0])
                && Math.min(x.lower(), y.lower()) >= DISTINCT_SUM;
        // who the wording says acted ("green" in "green | win | 34 vote"); "earth dam" and "privately owned earth dam"
        // name one thing, one more fully
        String whoOfA = wordingPart(a, 0);
        String whoOfB = wordingPart(b, 0);
        boolean namedApart = !whoOfA.isEmpty() && !whoOfB.isEmpty() && !whoOfA.endsWith(whoOfB) && !whoOfB.endsWith(whoOfA);
        return (namedThing || sum || amount) && !namedApart && x.transposes(y) && oneStory(a, b) && samePeopleIfAny(a, b)
                && !oneIsBackground(a, b);
    }

    /** Fewest units of a currency a sum needs to be told apart from others in its story by value alone. */
    static final double DISTINCT_SUM = 10_000;

    /**
     * One sum of money, to the unit, in one story is one fact however it is told ("the county lost 14.4 million lei",
     * "inflated prices cost the county 14.4 million lei"), unless both name people and share none, or one is asked
     * for and the other is not. Equal sums of money rarely mean two things in one story; small ones might.
     */
    static boolean sameSum(Statement a, Statement b) {
        Quantity x = a.quantity();
        Quantity y = b.quantity();
        if (x == null || y == null || x.currency().isEmpty() || !x.currency().equals(y.currency()) || a.document().equals(b.document())
                || x.lower() != y.lower() || x.upper() != y.upper() || x.lower() < DISTINCT_SUM || a.demanded() != b.demanded()
                || wordy(a) || wordy(b)) {
            return false;
        }
        return samePeopleIfAny(a, b) && oneStory(a, b);
    }

    /** One side names no people, or both name one person in common ("Pârvulescu" and "Crăciunescu" are two sentences). */
    private static boolean samePeopleIfAny(Statement a, Statement b) {
        Set<String> peopleOfA = parties(a);
        Set<String> peopleOfB = parties(b);
        return peopleOfA.isEmpty() || peopleOfB.isEmpty() || peopleOfA.stream().anyMatch(peopleOfB::contains);
    }

    /** In one story, or both told nowhere in particular within a story's window of each other. */
    private static boolean oneStory(Statement a, Statement b) {
        return sameStory(a, b) || placeless(a) && placeless(b) && withinStoryWindow(a, b);
    }

    /** Longest claim, in characters, that is about its sum rather than about more besides it. */
    static final int SUM_CLAIM_LENGTH = 100;

    /** A claim that tells much besides its sum: the sum is told again as a claim of its own (a figure's claim). */
    private static boolean wordy(Statement s) {
        return s.span().length() > SUM_CLAIM_LENGTH;
    }

    /** Both name the people or bodies the act is about, and none of them is the same. */
    private static boolean namesOthers(Statement a, Statement b) {
        if (a.participants().isEmpty() || b.participants().isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(a.participants());
        shared.retainAll(b.participants());
        return shared.isEmpty();
    }

    /**
     * "In 2021, an explosion at the same mine killed four miners" beside an undated "seven miners were killed" in a
     * story of 2024: an undated report in the news is of the story's own days, so an act dated well before the other
     * article was published is the story's background, another happening of the same kind.
     */
    private static boolean oneIsBackground(Statement a, Statement b) {
        return backgroundTo(a, b) || backgroundTo(b, a);
    }

    private static boolean backgroundTo(Statement dated, Statement undated) {
        return dated.date() != null && undated.date() == null && undated.published() != null
                && undated.published().toEpochDay() - dated.date().last().toEpochDay() > STORY_WINDOW_DAYS;
    }

    /**
     * "A levee gave way before dawn on Monday" and "a levee on the Tisza gave way near Kanjiža on 11 March": with
     * no party named on one side, one act in one story whose wording shares the thing acted on is one happening.
     * The other side may name who acted, for an act defined by what it is done to.
     * Only for acts defined by what they are done to; who backs whom is never guessed from wording.
     */
    private static boolean sameHappening(Statement a, Statement b) {
        // One side may say who ("an agreement Hungary and Serbia signed in 2013", "the agreement signed in 2013").
        boolean saysWho = a.hasActor() || b.hasActor();
        // A demand is about what should happen, so only a report of the act itself may name who did it; and a demand
        // is never the happening reported: "prosecutors sought nine years" is not the sentence passed.
        if (a.agentive() || a.hasActor() && b.hasActor() || a.demanded() != b.demanded() || saysWho && (a.demanded() || b.demanded())
                || !a.participants().isEmpty() && !b.participants().isEmpty() || countOtherThings(a, b)) {
            return false;
        }
        // With one side saying who, the thing acted on must be shared, not only a word of who acted.
        return sameStory(a, b) && !oneIsBackground(a, b) && (saysWho ? sharesObjectWords(a.key(), b.key()) : sharesWords(a.key(), b.key()));
    }

    /**
     * "The spill killed fish along dozens of kilometres" and "crews collected 9 tonnes of dead fish": words in common
     * do not make one happening of two figures measured in different units. Counts of things ("21,000 families",
     * "21,000 workers") are left to the words.
     */
    private static boolean countOtherThings(Statement a, Statement b) {
        Quantity x = a.quantity();
        Quantity y = b.quantity();
        return x != null && y != null && (x.inUnits() || y.inUnits()) && !x.countsLike(y);
    }

    /**
     * "Croatia's parliament on Wednesday approved a law granting a concession" and "since parliament passed the law
     * last Thursday": one actor doing one kind of thing to a thing called alike, in one story, is one act, whatever
     * else each names. Demands are left to their own rules.
     */
    private static boolean sameActorsDeed(Statement a, Statement b) {
        return a.hasActor() && a.actors().equals(b.actors()) && !a.demanded() && !b.demanded() && !oneIsBackground(a, b)
                && sameStory(a, b) && sharesObjectWords(a.key(), b.key()) && !placedApart(a, b);
    }

    private static boolean sameStory(Statement a, Statement b) {
        if (!withinStoryWindow(a, b)) {
            return false;
        }
        Set<String> here = a.named();
        here.addAll(a.setting());
        Set<String> there = b.named();
        there.addAll(b.setting());
        here.retainAll(there);
        return !here.isEmpty();
    }

    /**
     * Counts whose verb has no class ("312 miners were underground", "about 300 miners were underground") are one
     * count only when they name the same noun in the same state under the same verb: "five miners trapped" is not a
     * count of the miners underground. A unit ("seven years", "640,000 euros") measures too many things to be one count
     * without a verb that says what it measures.
     */
    private static boolean sameBareCount(Statement a, Statement b) {
        return sameCount(a, b) && !a.quantity().measureKey().isEmpty() && !Quantity.UNITS.contains(a.quantity().measureKey())
                && a.quantity().measureKey().equals(b.quantity().measureKey())
                && a.quantity().state().equals(b.quantity().state()) && action(a).equals(action(b));
    }

    /**
     * The verb of a wording key ("312 miners were underground" and "18 miners were taken to hospital" count miners,
     * but not the same miners): counts whose verb has no class are one count only under the same verb.
     */
    private static String action(Statement s) {
        return wordingPart(s, 1);
    }

    /** One part of a wording key, "who | did | what", by its place; empty when the key is not of three parts. */
    private static String wordingPart(Statement s, int part) {
        String[] parts = s.key().split("\\|", -1);
        return parts.length == 3 ? parts[part].strip() : "";
    }

    /** Days between two reported periods (0 when they touch). */
    private static long daysApart(org.crosscheck.core.time.ReportedDate x, org.crosscheck.core.time.ReportedDate y) {
        long gap = Math.max(y.first().toEpochDay() - x.last().toEpochDay(), x.first().toEpochDay() - y.last().toEpochDay());
        return Math.max(0, gap);
    }

    /** Nothing says where: neither the mention nor its article's opening names a place. */
    static boolean placeless(Statement s) {
        return s.places().isEmpty() && s.setting().isEmpty();
    }

    /** Articles published more than this many days apart are not one story, whatever place they share. */
    public static final int STORY_WINDOW_DAYS = 14;

    /** Both dated and close, or at least one undated (an undated article could belong to either). */
    static boolean withinStoryWindow(Statement a, Statement b) {
        return withinStoryWindow(a.published(), b.published());
    }

    /** Articles published within a story's window of each other, or either undated: what can be one story's days. */
    public static boolean withinStoryWindow(java.time.LocalDate a, java.time.LocalDate b) {
        return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= STORY_WINDOW_DAYS;
    }

    /** Words that say nothing about what a claim is about. */
    private static final Set<String> FUNCTION_WORDS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
            "us", "who", "which", "that", "this", "these", "those", "there", "here", "all", "some", "its", "two", "both", "each");

    /**
     * Whether the who and what of two keys ("actor | action | object", the action left out) share a word. A count or
     * date whose act is only named somewhere in its phrase ("61 patients were diverted on the first day of the attack")
     * shares two: "patient" alone does not make it the attack's "patient data was published last Thursday".
     */
    private static boolean sharesWords(String x, String y) {
        Set<String> left = whoAndWhat(x);
        left.retainAll(whoAndWhat(y));
        return left.size() >= (actNamedInPhrase(x) || actNamedInPhrase(y) ? 2 : 1);
    }

    private static boolean actNamedInPhrase(String key) {
        String[] parts = key.split("\\|", -1);
        return parts.length == 3 && (parts[1].strip().equals("count") || parts[1].strip().equals("date"));
    }

    private static boolean sharesObjectWords(String x, String y) {
        Set<String> left = contentWords(x.substring(x.lastIndexOf('|') + 1));
        left.retainAll(contentWords(y.substring(y.lastIndexOf('|') + 1)));
        return !left.isEmpty();
    }

    private static Set<String> contentWords(String part) {
        Set<String> words = new HashSet<>();
        for (String w : part.trim().split("\\s+")) {
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static Set<String> whoAndWhat(String key) {
        String[] parts = key.split("\\|", -1);
        Set<String> words = new HashSet<>();
        for (String part : parts.length == 3 ? new String[] {parts[0], parts[2]} : parts) {
            words.addAll(contentWords(part));
        }
        return words;
    }

    /**
     * The people a figure is about: a sentence or an age is someone's. Bodies are left out, since outlets credit one
     * figure to different bodies ("parliament approved a 40-year concession", "Meridian takes control for 40 years").
     */
    private static Set<String> parties(Statement s) {
        Set<String> people = new HashSet<>();
        for (String id : everyone(s)) {
            if (id.startsWith(PERSON)) {
                people.add(id);
            }
        }
        return people;
    }

    /** Entity ids are the kind's label, a dash and the name (Roster#slug). */
    private static final String PERSON = org.crosscheck.core.entity.EntityKind.PERSON.label() + "-";

    private static Set<String> everyone(Statement s) {
        Set<String> all = s.named();
        all.addAll(s.actors());
        return all;
    }

    private static double jaccard(Set<String> x, Set<String> y) {
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return union.isEmpty() ? 0 : (double) shared.size() / union.size();
    }

    private static boolean compatibleActors(Statement a, Statement b) {
        if (!a.hasActor() || !b.hasActor()) {
            // Backing without a backer says nothing about whose backing it is; an ouster without its agent still names one ouster.
            return !a.agentive() && !b.agentive() || namedByItsKind(a, b) || namedByItsKind(b, a);
        }
        for (String actor : a.actors()) {
            if (b.actors().contains(actor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lawmakers passed the act by 78 votes to 61" and "parliament approved it by 87 votes to 61": an act whose doer
     * at most one side names is still one act when both count the same measure in one story (a vote's tally, a deal's
     * sum); without a count, an unnamed backer says nothing about whose backing it is.
     */
    private static boolean unnamedTally(Statement a, Statement b) {
        return !(a.hasActor() && b.hasActor()) && a.predicate() != null && a.predicate().equals(b.predicate()) && sameCount(a, b)
                && !a.quantity().countedKind().isEmpty() && a.quantity().countedKind().equals(b.quantity().countedKind());
    }

    /**
     * "The commission is due to meet in Szeged" and "the Tisza Water Commission will meet in Szeged" in one story: a
     * body called only by its kind (one word, the last word of the other's name) is that body.
     */
    private static boolean namedByItsKind(Statement unnamed, Statement named) {
        if (unnamed.hasActor() || !named.hasActor() || !sameStory(unnamed, named)) {
            return false;
        }
        String who = wordingPart(unnamed, 0);
        if (who.isEmpty() || who.contains(" ") || FUNCTION_WORDS.contains(who)) {
            return false;
        }
        return named.actors().stream().anyMatch(id -> id.endsWith("-" + who));
    }

    private static boolean containsAny(String key, Set<String> words) {
        for (String w : key.split(" ")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
