package org.crosscheck.core.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.claim.ActionLexicon.VerbClass;
import org.crosscheck.core.normalise.DateNormaliser;
import org.crosscheck.core.normalise.NormalisedDate;
import org.crosscheck.core.normalise.Quantity;
import org.crosscheck.core.normalise.QuantityReader;
import org.crosscheck.core.normalise.Token;
import org.crosscheck.core.normalise.Tokenizer;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * Finds the checkable claims of an article body, sentence by sentence and clause by clause: events (actor –
 * action – object), figures with what they count, dates of events, positions taken and standings asserted, each
 * with the exact clause-sized span that supports it. Dates are resolved against the article's own date.
 */
public final class ClaimExtractor {

    private final ActionLexicon lexicon = ActionLexicon.english();
    private final ClauseSplitter splitter = new ClauseSplitter(lexicon);
    private final DateNormaliser dates = new DateNormaliser();
    private final QuantityReader figures = new QuantityReader();
    private final EventNominals nominals = new EventNominals(Predicates.english());
    private final ActorResolver resolver;

    public ClaimExtractor(ActorResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * @param text      the article's stored text
     * @param sentences the body's sentences in reading order
     * @param reference the article's own date, or null when it states none (relative dates then stay unresolved)
     */
    public List<ClaimMention> extract(String text, List<Sentence> sentences, LocalDate reference) {
        List<ClaimMention> mentions = new ArrayList<>();
        NormalisedDate heading = null;
        for (Sentence sentence : sentences) {
            List<Token> tokens = Tokenizer.tokens(text, sentence.span());
            if (tokens.isEmpty()) {
                continue;
            }
            boolean opensLine = org.crosscheck.core.text.Lines.opensLine(text, sentence.span().start());
            if (opensLine) {
                heading = null;
            }
            List<NormalisedDate> sentenceDates = dates.find(tokens, reference);
            NormalisedDate alone = dateAlone(tokens, sentenceDates);
            if (opensLine && alone != null) {
                // "19 May. The 11 detainees walk across the bridge ...": a timeline's entry, dated by its opening date
                heading = alone;
                continue;
            }
            readSentence(text, tokens, sentenceDates, heading, mentions);
        }
        return mentions;
    }

    /** The date a sentence is made of and nothing else but its closing stop ("19 May."), or null. */
    private static NormalisedDate dateAlone(List<Token> tokens, List<NormalisedDate> sentenceDates) {
        if (sentenceDates.size() != 1) {
            return null;
        }
        NormalisedDate date = sentenceDates.get(0);
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        int end = last.isWord() || last.isNumber() ? last.span().end() : tokens.size() > 1 ? tokens.get(tokens.size() - 2).span().end() : -1;
        return date.span().start() == first.span().start() && date.span().end() == end ? date : null;
    }

    /**
     * @param heading the date a timeline's entry opens with, for the claims of its sentences that state none
     */
    private void readSentence(String text, List<Token> tokens, List<NormalisedDate> sentenceDates, NormalisedDate heading, List<ClaimMention> out) {
        List<Quantity> sentenceFigures = figures.find(tokens);
        SentenceIndex index = new SentenceIndex(tokens, sentenceDates, sentenceFigures);
        Span lastActor = null;
        java.util.Set<Quantity> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Span> clauses = new ArrayList<>();
        ClaimMention lastCount = null;
        for (Clause clause : splitter.split(tokens)) {
            Span span = clause.span(tokens);
            clauses.add(span);
            NormalisedDate date = index.dateIn(span);
            Quantity figure = index.figureIn(span);
            Optional<ClauseReading> reading = ClauseReading.read(tokens, clause, lexicon, index);
            if (reading.isPresent()) {
                ClauseReading r = reading.get();
                date = contentDate(tokens, sentenceDates, span, date, tokens.get(r.verb()).span().start(), figure != null && perfect(tokens, r.verb()));
                date = actsOwnDate(tokens, sentenceDates, span, date, tokens.get(r.verb()).span().start());
                date = outsideAside(text, r.participleAside(tokens, clause, lexicon), sentenceDates, span, date, tokens.get(r.verb()).span().start());
                date = daysApart(text, date, tokens.get(r.verb()).span().start());
                date = date != null ? date : antecedentDate(tokens, clause, sentenceDates);
                date = date != null ? date : heading;
                figure = figure == null ? null : index.figureNearest(span, tokens.get(r.verb()).span().start());
                // what "which" refers to is read only for what happened: "the towers, which will stay shut" tells a plan
                Span actor = r.actorSpan(tokens).orElse(clause.sharesSubject() ? lastActor
                        : r.modality() == Modality.ASSERTED || !tokens.get(clause.from()).is("which") ? antecedent(tokens, clause) : null);
                Span told = withWholeFigures(span, sentenceFigures);
                if (actor != null && r.actorSpan(tokens).isEmpty() && passiveWho(tokens, clause, r.verb())) {
                    // "Stelios Mavroyenis, 58, who was arrested yesterday": the person "who" stands for is the one it
                    // was done to, so the claim runs from the name, which it names, and no one is said to have acted
                    told = new Span(actor.start(), told.end());
                    actor = null;
                }
                lastActor = actor;
                String object = r.objectText(text, tokens);
                if (actor != null && r.passiveOfSharedSubject(tokens, clause)) {
                    object = actor.of(text);
                    actor = null;
                }
                boolean claims = r.reportOnly() ? date != null || mentionsVenue(tokens, clause) : r.standsAlone(tokens);
                if (claims) {
                    ClaimMention claim = mention(text, kindOf(r, figure), told, actor, action(r), r.modality(), object, date, figure);
                    out.add(claim);
                    lastCount = figure != null ? claim : null;
                    counted.add(figure);
                    if (figure != null && figure.span().start() > tokens.get(r.verb()).span().start()) {
                        // a figure after the verb is one part of what the clause claims ("sentenced X ... to seven
                        // years"); a figure before it is what the clause is about ("12,000 people were evacuated")
                        figureFacet(tokens, claim, r.verb()).ifPresent(out::add);
                    }
                    for (Quantity part : listedBefore(text, sentenceFigures, span, figure, tokens.get(r.verb()).span().start())) {
                        // "Four Malawian marines, four fishermen and two Tanzanian soldiers have now died": a count of
                        // the list that says whose they are is claimed, told by its own words (one side's count, a part
                        // of the toll: SamenessPolicy compares it with that side's counts only)
                        if (sidesCount(part)) {
                            out.add(mention(text, ClaimKind.QUANTITY, part.span(), null, action(r), r.modality(), object, date, part));
                            counted.add(part);
                        }
                    }
                } else if (figure != null && !figure.isAge() && tokens.get(r.verb()).lower().endsWith("ing")) {
                    // ", leaving about 14,000 residents without water", ", killing seven miners": what followed, told
                    // with nobody acting, is a count of its own
                    counted.add(count(text, tokens, span, index, date, figure, sentenceFigures, out));
                }
            } else if (figure != null && !figure.isAge()) {
                // an age alone ("Monte Ruivo's 78-year-old victim was buried on Wednesday") is no count to check
                boolean breakdown = lastCount != null && clause.from() > 0 && tokens.get(clause.from() - 1).is(":");
                if (breakdown) {
                    // "Twelve people died on the lake: two Tanzanian soldiers, six Malawian marines and fishermen": the
                    // list after the colon breaks the count down, and each side's count in it is a part of what the
                    // clause before it claims
                    for (Quantity part : sentenceFigures) {
                        if (span.contains(part.span()) && sidesCount(part)) {
                            out.add(mention(text, ClaimKind.QUANTITY, part.span(), null, lastCount.action(), lastCount.modality(), "",
                                    lastCount.normalisedDate().orElse(null), part));
                            counted.add(part);
                        }
                    }
                }
                if (!counted.contains(figure)) {
                    counted.add(count(text, tokens, span, index, date != null ? date : heading, figure, sentenceFigures, out));
                }
            } else if (date != null && clause.size() >= 5) {
                out.add(mention(text, ClaimKind.DATE, span, null, "date", Modality.ASSERTED, nominalEvent(text, span, date), date, null));
            }
        }
        for (Quantity figure : sentenceFigures) {
            // "84% of members backed action, on a turnout of 64%", "rose to 34 on Saturday, from 29 on Friday": a figure
            // that names what it measures is a claim of its own even where the clause's claim counts something else
            if (namesWhatItCounts(tokens, figure) && !counted.contains(figure)) {
                // from its clause's start, so that a share asked for stays a demand ("the union is seeking a 7.5% rise")
                // (the figure's own words where the clause already has a claim of just that extent)
                int start = clauses.stream().filter(c -> c.contains(figure.span())).mapToInt(Span::start).findFirst().orElse(figure.span().start());
                Span span = new Span(start, figure.span().end());
                boolean taken = out.stream().anyMatch(m -> m.span().equals(span));
                out.add(mention(text, ClaimKind.QUANTITY, taken ? figure.span() : span, null, "count", Modality.ASSERTED, figure.measure(),
                        dateRightAfter(sentenceDates, figure), figure));
            }
        }
        for (EventNominals.Nominal n : nominals.find(tokens)) {
            Span phrase = new Span(tokens.get(n.from()).span().start(), tokens.get(n.to() - 1).span().end());
            NormalisedDate date = dateOf(sentenceDates, phrase, tokens, n.to());
            Span whole = date == null ? phrase : new Span(phrase.start(), Math.max(phrase.end(), date.span().end()));
            String object = new Span(tokens.get(n.object()).span().start(), phrase.end()).of(text);
            out.add(mention(text, date == null ? ClaimKind.EVENT : ClaimKind.DATE, whole, null, tokens.get(n.noun()).lower(),
                    Modality.ASSERTED, object, date, null));
        }
        for (NormalisedDate date : sentenceDates) {
            datedAside(text, tokens, date).ifPresent(out::add);
        }
        for (StatusPhrases.Phrase phrase : StatusPhrases.find(tokens)) {
            Span np = new Span(tokens.get(phrase.from()).span().start(), tokens.get(phrase.to() - 1).span().end());
            Span head = new Span(tokens.get(phrase.head()).span().start(), np.end());
            String status = new Span(tokens.get(phrase.statusFrom()).span().start(), tokens.get(phrase.statusTo() - 1).span().end()).of(text);
            out.add(mention(text, ClaimKind.STATUS, np, head, "hold status", Modality.ASSERTED, status, null, null));
        }
    }

    /** A clause told by its figure: the count claim, with the toll it completes if any; returns the figure counted. */
    private Quantity count(String text, List<Token> tokens, Span span, SentenceIndex index, NormalisedDate date, Quantity figure,
                           List<Quantity> sentenceFigures, List<ClaimMention> out) {
        Quantity counted = index.tollIn(span).orElse(figure);
        out.add(mention(text, ClaimKind.QUANTITY, span, null, "count", Modality.ASSERTED, counted.measure(),
                dateOfCount(tokens, date, counted, sentenceFigures), counted));
        return counted;
    }

    /**
     * A claim's words keep the sign of a figure its clause's closing marks were trimmed from ("at rates of 24.5% and
     * 18.2%"); which figure the clause claims is still read from the trimmed clause.
     */
    private static Span withWholeFigures(Span clause, List<Quantity> figures) {
        int end = clause.end();
        for (Quantity f : figures) {
            if (f.span().start() >= clause.start() && f.span().start() < clause.end() && f.span().end() > end) {
                end = f.span().end();
            }
        }
        return end == clause.end() ? clause : new Span(clause.start(), end);
    }

    /** Words that lead into a figure: "to seven years", "a three-year sentence", "for five years". */
    private static final java.util.Set<String> LEAD_INS = java.util.Set.of("to", "for", "of", "a", "an", "the", "by", "at", "totalling",
            "totaling", "worth", "nearly", "about", "around", "some", "almost");
    /** Words a figure's phrase does not end on ("… cooling towers at its"): a word leading into more, or a possessive. */
    private static final java.util.Set<String> DANGLING = java.util.stream.Stream.concat(LEAD_INS.stream(),
            java.util.stream.Stream.of("its", "his", "her", "their", "our", "in", "from", "with")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words that end what a figure is: another clause or circumstance starts. */
    private static final java.util.Set<String> FIGURE_ENDS = java.util.Set.of("and", "or", "but", "who", "which", "that", "after", "before",
            "since", "while", "because", "when", "said", "says", "told", "was", "were", "is", "are", "had", "has", "have", "on", "last");
    /** Words a figure's phrase reaches after the figure: "in prison", "in bribes from Marian Pârvulescu". */
    private static final int FIGURE_TAIL = 3;
    /** A clause at least this many times its figure's phrase is long enough for the phrase to be a claim of its own. */
    private static final int FIGURE_IN_LONG_CLAUSE = 2;

    /**
     * The figure of a long claim with the words that say what it is ("to seven years in prison", "took €640,000 in
     * bribes", "received a three-year suspended sentence"): the word leading into it, the clause's verb when it comes
     * right before, and up to three words after it within the clause. None for a figure that is most of its clause,
     * or an age.
     */
    private static Optional<ClaimMention> figureFacet(List<Token> tokens, ClaimMention claim, int verb) {
        Quantity figure = claim.quantity();
        if (figure == null || figure.isAge() || claim.kind() != ClaimKind.QUANTITY) {
            return Optional.empty();
        }
        Span clause = claim.span();
        Words words = Words.of(tokens, figure.span());
        int first = words.first();
        int last = words.last();
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        int from = first;
        if (from > 0 && inClause(tokens.get(from - 1), clause) && LEAD_INS.contains(tokens.get(from - 1).lower())) {
            from--;
        }
        if (from - 1 == verb) {
            from--;
        }
        int to = last;
        while (to + 1 < tokens.size() && to - last < FIGURE_TAIL && inClause(tokens.get(to + 1), clause) && tokens.get(to + 1).isWord()
                && !FIGURE_ENDS.contains(tokens.get(to + 1).lower())) {
            to++;
        }
        while (to > last && DANGLING.contains(tokens.get(to).lower())) {
            to--;
        }
        Span phrase = new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
        boolean longClause = (long) FIGURE_IN_LONG_CLAUSE * (phrase.end() - phrase.start()) <= clause.end() - clause.start();
        return longClause ? Optional.of(ClaimMention.figureOf(claim, phrase)) : Optional.empty();
    }

    /** The first token starting inside a span and the last ending inside it; -1 where there is none. */
    private record Words(int first, int last) {
        static Words of(List<Token> tokens, Span span) {
            int first = -1;
            int last = -1;
            for (int k = 0; k < tokens.size(); k++) {
                Span t = tokens.get(k).span();
                if (first < 0 && t.start() >= span.start()) {
                    first = k;
                }
                if (t.end() <= span.end()) {
                    last = k;
                }
            }
            return new Words(first, last);
        }
    }

    private static boolean inClause(Token t, Span clause) {
        return clause.contains(t.span());
    }

    /** A share, a margin, a figure told after what it counts, or an earlier reading of a number named before it. */
    private static boolean namesWhatItCounts(List<Token> tokens, Quantity figure) {
        return figure.isShare() || figure.measureFirst() || Quantity.MARGIN.equals(figure.measure()) || fromNumberOf(tokens, figure);
    }

    /** "rose to 34 on Saturday, from 29 on Friday": an earlier reading of a number named before it. */
    private static boolean fromNumberOf(List<Token> tokens, Quantity figure) {
        if (figure.measure().isEmpty() || figure.qualifier() != Quantity.Qualifier.EXACT) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).span().start() == figure.span().start()) {
                return tokens.get(k).is("from") && tokens.subList(0, k).stream().anyMatch(t -> t.is("number"));
            }
        }
        return false;
    }

    /**
     * "The ministry said on Wednesday that Iturra would meet Liang in Wellington on June 23": the day after a verb of
     * saying and before "that" is when it was said, not when what was said happens. What was said takes the date
     * told after its own verb, or none. A count of how things stood ("said on Monday that 37 people had died") is as of
     * the day it was said, when it tells no day of its own.
     *
     * @param countSoFar whether what was said is a figure in the perfect ("had died", "have been displaced")
     */
    private NormalisedDate contentDate(List<Token> tokens, List<NormalisedDate> dates, Span clause, NormalisedDate date, int verbAt,
                                       boolean countSoFar) {
        if (date == null || date.span().end() > verbAt) {
            return date;
        }
        Words words = Words.of(tokens, date.span());
        int first = words.first();
        int last = words.last();
        boolean said = first >= 2 && (saying(tokens.get(first - 1))
                || saying(tokens.get(first - 2)) && tokens.get(first - 1).isWord() && !tokens.get(first - 1).isCapitalised());
        boolean that = last >= 0 && last + 1 < tokens.size() && tokens.get(last + 1).is("that");
        if (!said || !that) {
            return date;
        }
        return dateAfterVerb(dates, clause, verbAt).orElse(countSoFar ? date : null);
    }

    /**
     * "The earth dam, built in 2011 to irrigate farms, held 5.3 million cubic metres": the year the aside gives is when
     * the dam was built, not when it held the water; the act takes the day told after its verb, when there is one. An
     * aside of what the subject was doing at the time ("the council, meeting in Addis Ababa on Thursday, called on")
     * dates the act.
     */
    private static NormalisedDate outsideAside(String text, Optional<Span> aside, List<NormalisedDate> dates, Span clause, NormalisedDate date,
                                               int verbAt) {
        if (date == null || aside.isEmpty() || !aside.get().contains(date.span())
                || text.substring(aside.get().start(), aside.get().end()).replaceFirst("^,\\s*", "").split("\\s+")[0].endsWith("ing")) {
            return date;
        }
        return dateAfterVerb(dates, clause, verbAt).orElse(null);
    }

    /**
     * The other figures of a list the clause's figure closes, before the verb ("Four Malawian marines, four fishermen
     * and two Tanzanian soldiers have now died"): joined to each other by commas and a last "and", nothing else between.
     */
    private static List<Quantity> listedBefore(String text, List<Quantity> figures, Span clause, Quantity figure, int verbAt) {
        if (figure == null || figure.span().start() >= verbAt || figure.isAge()) {
            return List.of();
        }
        List<Quantity> before = figures.stream().filter(q -> q != figure && clause.contains(q.span()) && q.span().end() <= figure.span().start())
                .sorted(java.util.Comparator.comparingInt(q -> q.span().start())).toList();
        List<Quantity> listed = new ArrayList<>();
        int next = figure.span().start();
        for (int k = before.size() - 1; k >= 0; k--) {
            Quantity q = before.get(k);
            String between = text.substring(q.span().end(), next).strip();
            if (!between.matches(",|,?\\s*and")) {
                break;
            }
            listed.add(q);
            next = q.span().start();
        }
        return listed;
    }

    /** A count in a list of the dead that says whose they are ("four Malawian marines"): one side's part of the toll. */
    private static boolean sidesCount(Quantity q) {
        return !q.side().isEmpty() && !q.isAge() && q.currency().isEmpty();
    }

    /** Whether the verb at {@code verb} is in the perfect: "had died", "have been killed", "has risen". */
    private static boolean perfect(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 3; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("had") || w.equals("has") || w.equals("have")) {
                return true;
            }
            if (!w.equals("been") && !w.equals("already") && !w.equals("now")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "The wildfire that has ravaged the hills since last Sunday was declared under control on Thursday evening": a
     * day after "since", before the verb, says how long something has lasted; the act takes the day told after its
     * verb, when there is one.
     */
    private static NormalisedDate actsOwnDate(List<Token> tokens, List<NormalisedDate> dates, Span clause, NormalisedDate date, int verbAt) {
        if (date == null || date.span().end() > verbAt) {
            return date;
        }
        int first = Words.of(tokens, date.span()).first();
        boolean since = first >= 0 && (tokens.get(first).is("since") || first >= 1 && tokens.get(first - 1).is("since"));
        if (!since) {
            return date;
        }
        return dateAfterVerb(dates, clause, verbAt).orElse(date);
    }

    /** The first day the clause names after its verb: the act's own, where a day before the verb is another's. */
    private static Optional<NormalisedDate> dateAfterVerb(List<NormalisedDate> dates, Span clause, int verbAt) {
        return dates.stream().filter(d -> d.span().start() >= verbAt && clause.contains(d.span())).findFirst();
    }

    /** "two days after", "a week before": how far the act told next lies from the day named before it. */
    private static final java.util.regex.Pattern DAYS_APART = java.util.regex.Pattern.compile(
            "(?i)\\b([\\p{L}\\d-]+)\\s+(days?|weeks?)\\s+(after|before)\\b");

    /**
     * "Relatives kept vigil on Wednesday, two days after an explosion killed seven of their colleagues": the act told
     * after "two days after" happened two days before the day named, so the killing is dated Monday. A distance that
     * cannot be read ("days after") leaves the act undated rather than dated wrongly.
     */
    private static NormalisedDate daysApart(String text, NormalisedDate date, int verbAt) {
        if (date == null || date.span().end() > verbAt) {
            return date;
        }
        java.util.regex.Matcher apart = DAYS_APART.matcher(text.substring(date.span().end(), verbAt));
        if (!apart.find()) {
            return date;
        }
        String count = apart.group(1).toLowerCase(java.util.Locale.ROOT);
        java.util.OptionalDouble n = count.equals("a") || count.equals("one") ? java.util.OptionalDouble.of(1)
                : org.crosscheck.core.normalise.NumberWords.word(count);
        ReportedDate day = date.value().orElse(null);
        if (n.isEmpty() || day == null || day.precision() != ReportedDate.Precision.DAY) {
            return null;
        }
        long days = (long) n.getAsDouble() * (apart.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("week") ? 7 : 1)
                * (apart.group(3).equalsIgnoreCase("after") ? -1 : 1);
        return NormalisedDate.resolved(date.span(), new ReportedDate(day.first().plusDays(days), day.last().plusDays(days), day.precision()),
                date.reference(), date.rule() + ", then " + apart.group().toLowerCase(java.util.Locale.ROOT));
    }

    /** A verb of saying, as the lexicon classes it ("said", "told", "stated"). */
    private boolean saying(Token t) {
        return lexicon.action(t.lower(), null).filter(a -> a.verbClass() == ActionLexicon.VerbClass.REPORT).isPresent();
    }

    /** "… from 29 on Friday evening": the date told right after a figure is the day it was counted. */
    private static NormalisedDate dateRightAfter(List<NormalisedDate> dates, Quantity figure) {
        return dates.stream().filter(d -> d.span().start() >= figure.span().end() && d.span().start() - figure.span().end() <= RIGHT_AFTER)
                .findFirst().orElse(null);
    }

    private static final int RIGHT_AFTER = 4;

    /**
     * The date a count is of: not one that dates another figure after it ("Turnout was 58.4 per cent, up from 51.3 per
     * cent in the first round on 23 February"), nor one it is measured against ("the highest since 2003").
     */
    private static NormalisedDate dateOfCount(List<Token> tokens, NormalisedDate date, Quantity figure, List<Quantity> figures) {
        if (date == null) {
            return null;
        }
        boolean anotherFigureFirst = figures.stream().anyMatch(f -> f.span().start() >= figure.span().end() && f.span().end() <= date.span().start());
        boolean since = tokens.stream().anyMatch(t -> t.is("since") && t.span().end() <= date.span().start()
                && date.span().start() - t.span().end() <= 1);
        return anotherFigureFirst || since ? null : date;
    }

    private ClaimMention mention(String text, ClaimKind kind, Span span, Span actor, String action, Modality modality,
                                 String object, NormalisedDate date, Quantity figure) {
        String entity = actor == null ? null : resolver.entityId(actor).orElse(null);
        String actorKey = entity != null ? entity : actor == null ? "" : actor.of(text);
        String objectKey = figure != null && kind == ClaimKind.QUANTITY ? object + " " + Math.round(figure.stated()) : object;
        return new ClaimMention(kind, span, actor, entity, action, modality, object, date, figure,
                PropositionKey.of(actorKey, action, objectKey));
    }

    /** The date inside a nominal event, or right after it ("the overthrow of X in 2011"). */
    private static NormalisedDate dateOf(List<NormalisedDate> dates, Span phrase, List<Token> tokens, int after) {
        int followingEnd = after + 1 < tokens.size() && tokens.get(after).is("in") ? tokens.get(after + 1).span().end() : phrase.end();
        for (NormalisedDate d : dates) {
            if (phrase.contains(d.span()) || d.span().start() >= phrase.end() && d.span().start() < followingEnd) {
                return d;
            }
        }
        return null;
    }

    private static ClaimKind kindOf(ClauseReading r, Quantity figure) {
        if (figure != null) {
            return ClaimKind.QUANTITY;
        }
        VerbClass c = r.action().verbClass();
        return c == VerbClass.STANCE ? ClaimKind.STANCE : c == VerbClass.STATUS ? ClaimKind.STATUS : ClaimKind.EVENT;
    }

    private static String action(ClauseReading r) {
        return (r.negated() ? "not " : "") + r.action().lemma();
    }

    /** "the 2011 overthrow of ..." : what the dated phrase names, without the date itself. */
    private static String nominalEvent(String text, Span clause, NormalisedDate date) {
        String before = text.substring(clause.start(), date.span().start());
        String after = text.substring(date.span().end(), clause.end());
        return (before + " " + after).trim();
    }

    /**
     * "The attack, discovered on Saturday 4 October, encrypted servers": a thing, then between commas what was done to
     * it and when. The sentence's verb says something else, so the aside is a dated claim of its own ("attack
     * discovered"), told as "the attack was discovered on Sunday" is told.
     */
    private static final java.util.regex.Pattern DATED_ASIDE = java.util.regex.Pattern.compile(
            "(?<!\\p{L})((?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:(?!(?:the|its|their|a|an)\\s)[\\p{L}'\u2019-]+\\s+){0,3}[\\p{L}'\u2019-]+),\\s+"
                    + "(\\p{Ll}{3,}(?:ed|en))\\s+(?:(?:early|late)\\s+)?(?:(?:on|in)\\s+)?(?:the\\s+)?$");

    private java.util.Optional<ClaimMention> datedAside(String text, List<Token> tokens, NormalisedDate date) {
        int from = tokens.get(0).span().start();
        int end = tokens.get(tokens.size() - 1).span().end();
        if (date.span().end() >= end || text.charAt(date.span().end()) != ',') {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher aside = DATED_ASIDE.matcher(text.substring(from, date.span().start()));
        if (!aside.find()) {
            return java.util.Optional.empty();
        }
        Span span = new Span(from + aside.start(1), date.span().end());
        return java.util.Optional.of(mention(text, ClaimKind.DATE, span, null, "date", Modality.ASSERTED,
                aside.group(1) + " " + aside.group(2), date, null));
    }

    private static final int MOST_NAME_WORDS = 6;

    /**
     * "Foreign Minister Gellért Tormádi, who visited the area": the person "who" refers to, the capitalised name
     * right before the comma; null when there is none.
     */
    private static Span antecedent(List<Token> tokens, Clause clause) {
        if (tokens.get(clause.from()).is("which") && ClauseSplitter.relativeAfterComma(tokens, clause.from())) {
            return thingBefore(tokens, clause.from() - 1);
        }
        if (!tokens.get(clause.from()).is("who") || !ClauseSplitter.relativeAfterComma(tokens, clause.from())) {
            return null;
        }
        int end = clause.from() - 1;
        // "Stelios Mavroyenis, 58, who was arrested": the name is before the age told beside it
        if (end >= 2 && tokens.get(end - 1).kind() == Token.Kind.NUMBER && tokens.get(end - 2).is(",")) {
            end -= 2;
        }
        int start = end;
        while (start > 0 && end - start < MOST_NAME_WORDS && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalised()) {
            start--;
        }
        return start == end ? null : new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end());
    }

    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an");

    /**
     * "The recount, which began on Thursday morning": the thing "which" refers to, a phrase opened by "the" or "a"
     * that runs from the sentence start or the comma before it to the comma; null when there is none.
     */
    private static Span thingBefore(List<Token> tokens, int comma) {
        int start = antecedentStart(tokens, comma);
        if (start == comma || !DETERMINERS.contains(tokens.get(start).lower())) {
            return null;
        }
        return new Span(tokens.get(start).span().start(), tokens.get(comma - 1).span().end());
    }

    /** "…, who was arrested yesterday": a "who" or "which" clause whose verb is told in the passive. */
    private static boolean passiveWho(List<Token> tokens, Clause clause, int verb) {
        if (!tokens.get(clause.from()).is("who") && !tokens.get(clause.from()).is("which")) {
            return false;
        }
        for (int k = clause.from() + 1; k < verb; k++) {
            if (ClauseReading.BE.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Where the phrase before the comma of ", which" starts: the comma or sentence start before it, or as far as looked. */
    private static int antecedentStart(List<Token> tokens, int comma) {
        int start = comma;
        while (start > 0 && comma - start < ANTECEDENT_WORDS && !tokens.get(start - 1).is(",")) {
            start--;
        }
        return start;
    }

    /** How far back from ", which" the noun it refers to is looked for: "the 2021 explosion at the same mine". */
    private static final int ANTECEDENT_WORDS = 8;

    /**
     * "the 2021 explosion at the same mine, which killed four men": the year of the noun a "which" clause refers
     * to dates what the clause tells. Only a year written as the noun's modifier, right after "the", counts, and only
     * up to the comma before it, so a date of the main clause's own act is not taken.
     */
    private static NormalisedDate antecedentDate(List<Token> tokens, Clause clause, List<NormalisedDate> dates) {
        int comma = clause.from() - 1;
        if (!tokens.get(clause.from()).is("which") || !ClauseSplitter.relativeAfterComma(tokens, clause.from())) {
            return null;
        }
        int from = antecedentStart(tokens, comma);
        for (int k = from; k + 1 < comma; k++) {
            if (!tokens.get(k).is("the")) {
                continue;
            }
            Span next = tokens.get(k + 1).span();
            for (NormalisedDate d : dates) {
                if (d.span().equals(next)) {
                    return d;
                }
            }
        }
        return null;
    }

    private static boolean mentionsVenue(List<Token> tokens, Clause clause) {
        for (int k = clause.from(); k < clause.to(); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("conference") || w.equals("summit") || w.equals("meeting") || w.equals("interview") || w.equals("visit")) {
                return true;
            }
        }
        return false;
    }
}
