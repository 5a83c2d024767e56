package org.crosscheck.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.core.text.Span;

/**
 * Finds who-said-what constructions in one stretch of text (a sentence, or sentences joined by a quotation):
 * "X said (that) ...", "..., X said", "“...,” said X", "..., according to X", "X called on Y to ...",
 * "X stressed A, and praised B", "..., saying that ...", "..., X said, ..." and "what X termed “...”".
 */
public final class SpeechFrames {

    private final CueLexicon lexicon;

    public SpeechFrames(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Frame> find(List<Word> words) {
        Stretch w = new Stretch(words);
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            Cue cue = lexicon.at(w, i);
            if (cue == null) {
                continue;
            }
            int after = i + cue.words().size();
            Span cueSpan = new Span(w.get(i).span().start(), w.get(after - 1).span().end());
            Frame frame = switch (cue.grammar()) {
                case SOURCE -> source(w, i, after, cue, cueSpan);
                case PARTICIPLE -> participle(w, i, after, cue, cueSpan);
                case VERB -> verb(w, i, after, cue, cueSpan, frames);
                case NOUN -> noun(w, i, after, cue, cueSpan);
            };
            if (frame != null) {
                frames.add(frame);
                i = after - 1;
            }
        }
        return frames;
    }

    private Frame verb(List<Word> w, int at, int after, Cue cue, Span cueSpan, List<Frame> frames) {
        int last = PhraseEdges.skipLeftCircumstance(w, at);
        // "the number of confirmed cases", "to confirm": a cue word qualifying a noun, or an infinitive, reports nothing
        if (last >= 0 && (PhraseEdges.isBe(w.get(last)) || w.get(last).kind() == Word.Kind.POSSESSIVE
                || PhraseEdges.DETERMINER.contains(w.get(last).lower()) && w.get(last).kind() == Word.Kind.WORD
                || w.get(last).is("to") || w.get(last).is("of"))) {
            return null;
        }
        // "accused officials of ignoring repeated warnings": a participle between a gerund and its noun describes it
        if (last >= 0 && !w.get(last).capitalised() && w.get(last).lower().endsWith("ing") && w.get(at).lower().endsWith("ed")
                && after < w.size() && w.get(after).kind() == Word.Kind.WORD && !w.get(after).capitalised()
                && !PhraseEdges.stops(w.get(after)) && !PhraseEdges.DETERMINER.contains(w.get(after).lower())) {
            return null;
        }
        if (cue.names()) {
            return naming(w, last, after, cue, cueSpan);
        }
        if (last >= 0 && (w.get(last).is("and") || w.get(last).is("but"))) {
            Span subject = w.get(last).is("and") ? subjectAfterBut(w, last) : null;
            return subject != null ? head(w, after, cue, cueSpan, subject, false) : head(w, after, cue, cueSpan, null, true);
        }
        if (last >= 1 && w.get(last).is("who") && w.get(last - 1).isPunct(',') && last >= 2) {
            int end = last - 2;
            return head(w, after, cue, cueSpan, phrase(w, PhraseEdges.phraseStart(w, end), end), false);
        }
        Span appositive = appositiveSubject(w, last);
        if (appositive != null) {
            int said = PhraseEdges.afterListener(w, cue, after);
            int subject = wordAt(w, appositive.start());
            // "“We are selling the family silver,” the party's leader, Mirela Šantić, said after the vote": the quotation
            boolean quoteBefore = subject >= 2 && w.get(subject - 1).isPunct(',') && w.get(subject - 2).kind() == Word.Kind.QUOTE
                    || subject >= 1 && w.get(subject - 1).kind() == Word.Kind.QUOTE;
            // "..., the head of the authority, Petros Kouvelis, told reporters outside the hospital": what he told them
            // is the clause before, not where he stood
            boolean clauseBefore = subject >= 2 && w.get(subject - 1).isPunct(',');
            if ((quoteBefore || clauseBefore) && PhraseEdges.onlyCircumstance(w, said, w.size())) {
                return tail(w, clauseStart(w, subject), subject - (w.get(subject - 1).isPunct(',') ? 1 : 0), cue, cueSpan, appositive);
            }
            return head(w, said, cue, cueSpan, appositive, false);
        }
        if (last < 0 || w.get(last).kind() == Word.Kind.PUNCT || w.get(last).kind() == Word.Kind.QUOTE) {
            return inverted(w, at, after, cue, cueSpan);
        }
        if (PhraseEdges.actsAsNoun(w, at, after)) {
            return null;
        }
        Cue before = lexicon.at(w, last);
        // "dams are poorly maintained": an adverb after "are" tells how a thing was done to, no one speaks
        boolean manner = !w.get(last).capitalised() && w.get(last).lower().endsWith("ly") && last >= 1 && PhraseEdges.isBe(w.get(last - 1));
        if (PhraseEdges.stops(w.get(last)) || before != null && before.grammar() != Cue.Grammar.NOUN
                || !w.get(last).capitalised() && w.get(last).lower().endsWith("ed") || manner) {
            return null;
        }
        int start = PhraseEdges.phraseStart(w, last);
        if (start >= 3 && w.get(start - 1).is("by") && !w.get(start - 2).capitalised() && w.get(start - 2).lower().endsWith("ed")
                && w.get(start - 3).kind() == Word.Kind.WORD && !PhraseEdges.stops(w.get(start - 3))) {
            // "Residents interviewed by ESTV said": the residents speak, the broadcaster only asked
            last = start - 3;
            start = PhraseEdges.phraseStart(w, last);
        }
        // "If the recount confirms the result, ...": what someone would say under a condition is not said
        if (PhraseEdges.nobody(w, start, last) || cue.onlyAfterAs() && (start == 0 || !w.get(start - 1).is("as"))
                || start > 0 && CONDITIONS.contains(w.get(start - 1).lower())) {
            return null;
        }
        Span speaker = phrase(w, start, last);
        boolean afterBreak = start > 0 && (w.get(start - 1).isPunct(',') || w.get(start - 1).kind() == Word.Kind.QUOTE
                || quoteThenDash(w, start));
        after = PhraseEdges.afterListener(w, cue, after);
        if (afterBreak && after < w.size() && w.get(after).isPunct(',') && after + 1 < w.size()
                && !w.get(after + 1).lower().endsWith("ing") && !PhraseEdges.opensCircumstance(w, after + 1)) {
            if (start >= 2 && w.get(start - 1).isPunct(',') && w.get(start - 2).kind() == Word.Kind.QUOTE
                    || start >= 1 && w.get(start - 1).kind() == Word.Kind.QUOTE) {
                Word firstHalf = w.get(start - 1).kind() == Word.Kind.QUOTE ? w.get(start - 1) : w.get(start - 2);
                frames.add(new Frame(cue, cueSpan, speaker, false, firstHalf.span(), true));
            }
            return parenthetical(w, start, after, cue, cueSpan, speaker);
        }
        if (afterBreak && PhraseEdges.onlyCircumstance(w, after, w.size())
                || afterBreak && after < w.size() && w.get(after).isPunct(',')) {
            boolean mark = w.get(start - 1).isPunct(',') || quoteThenDash(w, start);
            return tail(w, clauseStart(w, start), start - (mark ? 1 : 0), cue, cueSpan, speaker);
        }
        return head(w, after, cue, cueSpan, speaker, false);
    }

    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("if", "unless", "whether");

    /** A relative clause between commas runs longer than a name's apposition: "who represents workers at … union". */
    private static final int LONGEST_RELATIVE = 2 * PhraseEdges.LONGEST_PHRASE;

    /** The comma of "320,000": between digits, it closes nothing. */
    private static boolean withinNumber(List<Word> w, int comma) {
        return comma > 0 && comma + 1 < w.size() && Character.isDigit(w.get(comma - 1).text().charAt(w.get(comma - 1).text().length() - 1))
                && Character.isDigit(w.get(comma + 1).text().charAt(0));
    }

    /**
     * "Kenya's finance minister, Wanjiru Odhiambo, has said" and "Quispe, who led the delegation, told": the subject
     * stands before an apposition or a relative clause closed by a comma. Null if the cue has no such subject.
     */
    private static Span appositiveSubject(List<Word> w, int last) {
        if (last < 2 || !w.get(last).isPunct(',')) {
            return null;
        }
        int open = last - 1;
        while (open > 0 && last - open < LONGEST_RELATIVE && (!w.get(open).isPunct(',') || withinNumber(w, open))
                && w.get(open).kind() != Word.Kind.QUOTE) {
            open--;
        }
        if (open < 1 || !w.get(open).isPunct(',') || open + 1 >= last) {
            return null;
        }
        // "Stelios Mavroyenis, 58, who was arrested yesterday, told": the name is before the age told beside it
        if (open >= 3 && w.get(open - 2).isPunct(',') && Character.isDigit(w.get(open - 1).text().charAt(0))
                && w.get(open - 1).text().chars().allMatch(Character::isDigit) && w.get(open - 3).capitalised()) {
            open -= 2;
        }
        // "The union, whose walkout ended on Sunday, said": "whose" opens a relative clause as "who" does; so does a
        // participle with its agent ("The defence, led by Sebastian Mocanu, argued")
        Word opener = w.get(open + 1);
        boolean participle = open + 2 < last && !opener.capitalised() && opener.lower().endsWith("ed") && w.get(open + 2).is("by");
        boolean relative = opener.is("who") || opener.is("which") || opener.is("whose") || participle;
        boolean age = open + 2 == last && Character.isDigit(w.get(last - 1).text().charAt(0));
        // "Witold Sarnecki, the chief mining inspector, said": a name, then what he is, between commas
        // "Yiannis Koulouris, general secretary of the Aegean Seafarers' Union, said": or what he is, without "the"
        // "Peter Lusk, Saltmarsh's returning officer, insisted": or whose he is
        boolean described = w.get(open - 1).capitalised() && (opener.kind() == Word.Kind.WORD
                && (PhraseEdges.DETERMINER.contains(opener.lower()) || !opener.capitalised()
                || open + 2 < last && w.get(open + 2).kind() == Word.Kind.POSSESSIVE));
        boolean apposition = age || described || w.get(last - 1).capitalised() && PhraseEdges.phraseStart(w, last - 1) == open + 1;
        if (!relative && !apposition || !relative && last - open >= PhraseEdges.LONGEST_PHRASE || PhraseEdges.stops(w.get(open - 1))) {
            return null;
        }
        int subjectStart = PhraseEdges.phraseStart(w, open - 1);
        boolean opensClause = subjectStart == 0 || w.get(subjectStart - 1).kind() != Word.Kind.WORD;
        if (!opensClause) {
            return null;
        }
        return phrase(w, subjectStart, relative || age ? open - 1 : last - 1);
    }

    /** "“We are ready” — the coach said": a dash after a quotation, not a dateline's dash. */
    private static boolean quoteThenDash(List<Word> w, int start) {
        return start >= 2 && PhraseEdges.isDash(w.get(start - 1)) && w.get(start - 2).kind() == Word.Kind.QUOTE;
    }

    /** "“...,” said a statement issued by X" and "..., said X": the speaker follows the cue. */
    private Frame inverted(List<Word> w, int at, int after, Cue cue, Span cueSpan) {
        // "…, calls for a ceasefire": a cue with its own preposition is never turned round ("said X" is)
        if (at == 0 || cue.words().size() > 1) {
            return null;
        }
        int end = after;
        while (end < w.size() && !PhraseEdges.isEndPunct(w.get(end)) && !w.get(end).isPunct(',')
                && w.get(end).kind() != Word.Kind.QUOTE && end - after < PhraseEdges.LONGEST_PHRASE) {
            end++;
        }
        // "Sebina's plan, unveiled on Friday, calls for …": a participle with its circumstance, nobody named after it
        if (end == after || PhraseEdges.opensCircumstance(w, after) || w.get(after).is("on")) {
            return null;
        }
        int contentEnd = at - (w.get(at - 1).isPunct(',') ? 1 : 0);
        return tail(w, clauseStart(w, contentEnd), contentEnd, cue, cueSpan, phrase(w, after, end - 1));
    }

    private Frame source(List<Word> w, int at, int after, Cue cue, Span cueSpan) {
        int end = after;
        while (end < w.size() && !w.get(end).isPunct(',') && !PhraseEdges.isEndPunct(w.get(end))
                && w.get(end).kind() != Word.Kind.QUOTE && end - after < PhraseEdges.LONGEST_PHRASE) {
            end++;
        }
        if (end == after) {
            return null;
        }
        Span speaker = phrase(w, after, end - 1);
        if (at == 0 && end < w.size() && w.get(end).isPunct(',')) {
            return head(w, end + 1, cue, cueSpan, speaker, false);
        }
        int contentEnd = at - (at > 0 && w.get(at - 1).isPunct(',') ? 1 : 0);
        return tail(w, clauseStart(w, contentEnd), contentEnd, cue, cueSpan, speaker);
    }

    /**
     * "…, but his opponent refused to concede and accused officials of …": the one who accused is the subject of the
     * clause "but" opened, not whoever spoke before it. Null unless such a clause (a short noun phrase, then a verb
     * in the past) runs from a "but" to the "and" at {@code and}.
     */
    private static Span subjectAfterBut(List<Word> w, int and) {
        for (int k = and - 1; k >= 0 && and - k <= 12; k--) {
            Word x = w.get(k);
            if (x.kind() != Word.Kind.WORD) {
                return null;
            }
            if (x.is("but")) {
                for (int v = k + 2; v < and && v <= k + 5; v++) {
                    Word verb = w.get(v);
                    if (!verb.capitalised() && verb.lower().endsWith("ed") && PhraseEdges.opensNounPhrase(w.get(k + 1))) {
                        return phrase(w, k + 1, v - 1);
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "Prime Minister Lovro Ančić's assurance that the deal “secures 1,100 jobs”": what a noun of speech says, after
     * "that", is credited to whoever the possessive before the noun names. Without a possessive ("the assurance that
     * …") or without "that" ("his assurance was welcome") there is no one to credit, or nothing said.
     */
    private Frame noun(List<Word> w, int at, int after, Cue cue, Span cueSpan) {
        if (at < 2 || w.get(at - 1).kind() != Word.Kind.POSSESSIVE || after >= w.size() || !w.get(after).is("that")) {
            return null;
        }
        int last = at - 2;
        if (w.get(last).kind() != Word.Kind.WORD || !w.get(last).capitalised()) {
            return null; // "the government's assurance": a body by its kind is read from its own sentence, not here
        }
        int first = last;
        while (first > 0 && w.get(first - 1).kind() == Word.Kind.WORD && w.get(first - 1).capitalised()) {
            first--; // the name and its title, capitalised: "Prime Minister Lovro Ančić"
        }
        return head(w, after, cue, cueSpan, phrase(w, first, last), false);
    }

    private Frame participle(List<Word> w, int at, int after, Cue cue, Span cueSpan) {
        if (at == 0 || !w.get(at - 1).isPunct(',')) {
            return null;
        }
        return head(w, after, cue, cueSpan, null, true);
    }

    /** "what it termed a Turkish “occupation”": only the quoted label is the speaker's. */
    private Frame naming(List<Word> w, int last, int after, Cue cue, Span cueSpan) {
        last = beforeAside(w, last);
        if (last < 0 || PhraseEdges.stops(w.get(last))) {
            return null;
        }
        // "congratulated him and called his win “a signal …”": the subject of the first verb names it
        boolean joined = w.get(last).is("and");
        for (int k = after; k < w.size() && k < after + 5; k++) {
            if (w.get(k).kind() == Word.Kind.QUOTE) {
                Span speaker = joined ? null : phrase(w, PhraseEdges.phraseStart(w, last), last);
                return new Frame(cue, cueSpan, speaker, joined, w.get(k).span(), true);
            }
        }
        return null;
    }

    /** Words of an aside between commas that may stand between a subject and its verb: "Sobral, who has run Lusorail since March, called". */
    private static final java.util.Set<String> ASIDE_OPENERS = java.util.Set.of("who", "which", "whose", "a", "an", "the");
    private static final int LONGEST_ASIDE = 20;

    /** The word before an aside ending at {@code last} (", who has run the company since March,"), else {@code last}. */
    private static int beforeAside(List<Word> w, int last) {
        if (last < 2 || !w.get(last).isPunct(',')) {
            return last;
        }
        for (int k = last - 1; k > 0 && k >= last - LONGEST_ASIDE; k--) {
            if (w.get(k).isPunct(',')) {
                return k + 1 < last && ASIDE_OPENERS.contains(w.get(k + 1).lower()) ? k - 1 : last;
            }
            if (w.get(k).kind() == Word.Kind.QUOTE || PhraseEdges.isEndPunct(w.get(k))) {
                return last;
            }
        }
        return last;
    }

    private Frame head(List<Word> w, int after, Cue cue, Span cueSpan, Span speaker, boolean borrows) {
        int from = PhraseEdges.contentStart(w, after, w.size());
        int to = w.size();
        while (to > from && PhraseEdges.isEndPunct(w.get(to - 1))) {
            to--;
        }
        // "The two countries have argued for more than half a century over …": a circumstance is no content, unless a
        // "that" opened it ("said that by June …"), and a request's preposition is part of what is asked ("asked for calm")
        if (!complementFits(w, from, clauseEnd(w, from, to), cue)
                || from < to && PhraseEdges.opensCircumstance(w, from) && !w.get(from - 1).is("that") && cue.stance() != Stance.CALLS_FOR) {
            return null;
        }
        return content(w, from, clauseEnd(w, from, to), cue, cueSpan, speaker, borrows, false);
    }

    private Frame tail(List<Word> w, int from, int to, Cue cue, Span cueSpan, Span speaker) {
        return content(w, PhraseEdges.afterDateline(w, from, to), clauseEnd(w, from, to), cue, cueSpan, speaker, false, true);
    }

    /**
     * "declared a state of emergency" is an act and "expected rain" no forecast of anyone's: such cues report speech
     * only with a that-clause, a quotation or (for expecting) a subject and infinitive ("expect the river to crest");
     * rejecting reports speech when what is rejected was said ("rejected claims", not "rejects the legitimacy").
     */
    private static boolean complementFits(List<Word> w, int from, int to, Cue cue) {
        if (!cue.performs() && !cue.forecasts() && !cue.rejectsThing() || from > 0 && w.get(from - 1).is("that")) {
            return true;
        }
        if (cue.performs()) {
            return from < to && w.get(from).kind() == Word.Kind.QUOTE;
        }
        if (cue.rejectsThing()) {
            return from < to && (w.get(from).kind() == Word.Kind.QUOTE || PhraseEdges.namesSpeech(w, from, to));
        }
        for (int k = from + 1; k + 1 < to && k < from + PhraseEdges.LONGEST_PHRASE; k++) {
            if (w.get(k).is("to")) {
                return w.get(k + 1).kind() == Word.Kind.WORD && !w.get(k + 1).capitalised();
            }
            if (PhraseEdges.stops(w.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** A paraphrase stops where the writer's own clause begins: ", where ...", ", after ...", ", it ...". */
    private static int clauseEnd(List<Word> w, int from, int to) {
        return Math.min(to, ((Stretch) w).nextBreak(from + 1));
    }

    /** "“A,” he said, “B”" and "The two diplomats, X said, addressed ...": content after the cue's closing comma. */
    private Frame parenthetical(List<Word> w, int start, int after, Cue cue, Span cueSpan, Span speaker) {
        return head(w, after + 1, cue, cueSpan, speaker, false);
    }

    /**
     * Quoted words alone (or opening the clause, or, before the cue, filling most of it) make a direct quote;
     * else a paraphrase with quoted fragments.
     */
    private static Frame content(List<Word> w, int from, int to, Cue cue, Span cueSpan, Span speaker, boolean borrows,
                                 boolean before) {
        while (to > from && (w.get(to - 1).kind() == Word.Kind.PUNCT && w.get(to - 1).text().charAt(0) != ')')) {
            to--;
        }
        while (from < to && w.get(from).kind() == Word.Kind.PUNCT && w.get(from).text().charAt(0) != '(') {
            from++;
        }
        if (to <= from) {
            return null;
        }
        Span whole = new Span(w.get(from).span().start(), w.get(to - 1).span().end());
        Word first = w.get(from);
        Word last = w.get(to - 1);
        if (first.kind() == Word.Kind.QUOTE && (to - from == 1 || first.span().length() * 2 >= whole.length())) {
            return new Frame(cue, cueSpan, speaker, borrows, first.span(), true);
        }
        if (before && last.kind() == Word.Kind.QUOTE && last.span().length() * 3 >= whole.length() * 2) {
            return new Frame(cue, cueSpan, speaker, borrows, last.span(), true);
        }
        return new Frame(cue, cueSpan, speaker, borrows, whole, false);
    }

    /** Start of the clause that ends at {@code end}: the stretch's start, or after a preceding sentence-like break. */
    /** The index of the word that starts at {@code at}. */
    private static int wordAt(List<Word> w, int at) {
        int k = 0;
        while (k < w.size() - 1 && w.get(k).span().start() < at) {
            k++;
        }
        return k;
    }

    private static int clauseStart(List<Word> w, int end) {
        return ((Stretch) w).clauseStart(end);
    }

    private static Span phrase(List<Word> w, int first, int last) {
        return new Span(w.get(first).span().start(), w.get(last).span().end());
    }
}
