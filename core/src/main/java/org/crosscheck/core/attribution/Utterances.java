package org.crosscheck.core.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.entity.KnowledgeBase;
import org.crosscheck.core.text.Span;

/**
 * Finds every utterance of an article: sentences are joined where a quotation runs across them, each stretch is
 * searched for reporting constructions, a statement that merely wraps another speech act gives way to it
 * ("A stressed X, the statement said" is A stressing X), and a quotation standing alone right after an
 * attributed sentence continues that speaker.
 */
public final class Utterances {

    private final SpeechFrames frames;

    public Utterances(KnowledgeBase kb) {
        this.frames = new SpeechFrames(new CueLexicon(kb));
    }

    public List<Utterance> find(String text, List<Sentence> sentences) {
        List<Quote> quotes = QuoteMarks.find(text);
        Map<Integer, Quote> quoteAt = new HashMap<>();
        quotes.forEach(q -> quoteAt.put(q.marks().start(), q));
        List<Utterance> found = new ArrayList<>();
        boolean previousAttributed = false;
        for (Span stretch : stretches(sentences, quotes)) {
            List<Word> words = Words.of(text, stretch, quotes);
            List<Frame> inStretch = settle(text, frames.find(words));
            Span subject = subject(words);
            Span lastSpeaker = subject;
            for (Frame f : inStretch) {
                Span speaker = f.borrowsSpeaker() ? lastSpeaker : f.speaker();
                if (speaker == null || anonymity(text, f)) {
                    continue;
                }
                lastSpeaker = speaker;
                Quote announced = quoteAfterColon(words, f.cueSpan(), quoteAt);
                if (announced != null) {
                    // "Hours after the sinking, he had told reporters in Piraeus: "We will not stop searching."", "As
                    // Mendonça put it when the museum briefed staff last week: "…"": what the cue announces is the
                    // quotation after the colon, not the words before the speaker or between the cue and the colon
                    found.add(new Utterance(speaker, f.cueSpan(), f.cue().stance(), true, announced.words()));
                    continue;
                }
                Span content = f.direct() && quoteAt.containsKey(f.content().start()) ? quoteAt.get(f.content().start()).words() : f.content();
                found.add(new Utterance(speaker, f.cueSpan(), f.cue().stance(), f.direct(), content));
            }
            Utterance headline = inStretch.isEmpty() ? colonQuote(words, quoteAt) : null;
            if (headline != null) {
                found.add(headline);
            }
            if (inStretch.isEmpty() && previousAttributed && standsAlone(words)) {
                Quote q = quoteAt.get(words.get(0).span().start());
                found.add(new Utterance(null, null, Stance.SAYS, true, q.words()));
                continue;
            }
            previousAttributed = !inStretch.isEmpty();
        }
        return found;
    }

    /** Cut each paraphrase where the next construction begins, and let an outer statement give way to the act it reports. */
    private static List<Frame> settle(String text, List<Frame> found) {
        List<Frame> cut = new ArrayList<>(found);
        for (int i = 0; i + 1 < cut.size(); i++) {
            Frame f = cut.get(i);
            Frame next = cut.get(i + 1);
            int nextStart = next.speaker() != null && next.speaker().start() < next.cueSpan().start() ? next.speaker().start() : next.cueSpan().start();
            if (!f.direct() && f.content().start() < nextStart && nextStart < f.content().end()) {
                int end = trimBack(text, f.content().start(), nextStart);
                if (end > f.content().start()) {
                    cut.set(i, f.withContent(new Span(f.content().start(), end)));
                }
            }
        }
        List<Frame> speech = cut.stream().filter(f -> !f.cue().names() && !f.cue().isEvent())
                .sorted(java.util.Comparator.comparingInt(f -> f.cueSpan().start())).toList();
        int[] cueStarts = speech.stream().mapToInt(f -> f.cueSpan().start()).toArray();
        // "Council spokesman Cristian Oprea said the council had asked the court to ...": someone named reports what a
        // body did; the report is the spokesman's, and the asking is part of what he said
        Set<Frame> reported = new HashSet<>();
        for (Frame outer : cut) {
            if (!outer.direct() && namesSomeone(text, outer)) {
                speech.stream().filter(inner -> inner != outer && outer.content().contains(inner.cueSpan())).forEach(reported::add);
            }
        }
        List<Frame> kept = new ArrayList<>();
        for (Frame outer : cut) {
            if (reported.contains(outer)) {
                continue;
            }
            boolean wrapsSpeech = !outer.direct() && !namesSomeone(text, outer) && speechCueWithin(outer.content(), speech, cueStarts);
            if (!wrapsSpeech && !(outer.cue().isEvent() && wrappedBySpeech(outer, cut))) {
                kept.add(outer);
            }
        }
        return kept;
    }

    /** "a manager who asked not to be named": how a source is kept anonymous is not something the source said. */
    private static boolean anonymity(String text, Frame f) {
        String content = f.content().of(text).toLowerCase(Locale.ROOT);
        return !f.direct() && (content.startsWith("not to be named") || content.startsWith("not to be identified")
                || content.startsWith("anonymity"));
    }

    /** A speaker called by name or as "he"/"she", not a statement, a document or a body called by its kind. */
    private static boolean namesSomeone(String text, Frame f) {
        if (f.speaker() == null) {
            return false;
        }
        String phrase = f.speaker().of(text);
        String first = phrase.split("[\\s’']", 2)[0];
        return first.equals("he") || first.equals("she") || first.equals("He") || first.equals("She")
                || !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && !NOBODY_NAMED.contains(first);
    }

    /** Capitalised openings of a speaker phrase that name nobody in particular ("The ministry", "Officials"). */
    private static final Set<String> NOBODY_NAMED = Set.of("The", "A", "An", "This", "That", "These", "Those",
            "Its", "Their", "Our", "Some", "Several", "One", "Two", "Officials", "Sources");

    /** Whether a speech cue lies inside {@code content}: a binary search over the cues in text order. */
    private static boolean speechCueWithin(Span content, List<Frame> speech, int[] cueStarts) {
        int at = java.util.Arrays.binarySearch(cueStarts, content.start());
        int i = at >= 0 ? at : -at - 1;
        while (i > 0 && cueStarts[i - 1] == content.start()) {
            i--;
        }
        return i < cueStarts.length && content.contains(speech.get(i).cueSpan());
    }

    private static boolean wrappedBySpeech(Frame event, List<Frame> all) {
        return all.stream().anyMatch(o -> o != event && !o.direct() && o.content().contains(event.cueSpan()));
    }

    /** Back off from where the next construction begins over joining words and punctuation (", and", ", as she"). */
    private static int trimBack(String text, int start, int end) {
        int e = end;
        while (true) {
            while (e > start && !Character.isLetterOrDigit(text.charAt(e - 1)) && "\"”’)".indexOf(text.charAt(e - 1)) < 0) {
                e--;
            }
            int w = e;
            while (w > start && Character.isLetter(text.charAt(w - 1))) {
                w--;
            }
            String word = text.substring(w, e).toLowerCase(java.util.Locale.ROOT);
            if (w < e && JOINERS.contains(word)) {
                e = w;
            } else {
                return e;
            }
        }
    }

    private static final java.util.Set<String> JOINERS = java.util.Set.of("and", "as", "but", "while", "what", "which",
            "then", "also", "who", "that", "whereas");

    /** The opening noun phrase of a stretch: the speaker of "... and called on", "..., saying". */
    private static Span subject(List<Word> w) {
        int from = 0;
        while (from < w.size() && w.get(from).kind() != Word.Kind.WORD) {
            from++;
        }
        int to = from;
        while (to < w.size() && !PhraseEdges.stops(w.get(to)) && !pastVerb(w, from, to) && to - from < PhraseEdges.LONGEST_PHRASE) {
            to++;
        }
        return to > from ? new Span(w.get(from).span().start(), w.get(to - 1).span().end()) : null;
    }

    /**
     * "Hungary's Foreign Ministry summoned the ambassador … and demanded": the subject ends at its verb, a lower-case
     * past form after the name; "the armed forces" is no verb, a determiner coming before it.
     */
    private static boolean pastVerb(List<Word> w, int from, int at) {
        Word x = w.get(at);
        return at > from && x.kind() == Word.Kind.WORD && !x.capitalised() && x.lower().endsWith("ed") && x.lower().length() > 3
                && !PhraseEdges.DETERMINER.contains(w.get(at - 1).lower());
    }

    /** Words a cue may have before the colon that opens its quotation: "told reporters in Piraeus:", "put it when the museum briefed staff last week:". */
    private static final int BEFORE_COLON = 8;

    /** The quotation a colon opens shortly after a speech cue, or null when none follows it. */
    private static Quote quoteAfterColon(List<Word> w, Span cue, Map<Integer, Quote> quoteAt) {
        int k = 0;
        while (k < w.size() && w.get(k).span().start() < cue.end()) {
            k++;
        }
        for (int j = k; j < w.size() && j - k <= BEFORE_COLON; j++) {
            Word x = w.get(j);
            if (x.isPunct(':')) {
                return j + 1 < w.size() && w.get(j + 1).kind() == Word.Kind.QUOTE ? quoteAt.get(w.get(j + 1).span().start()) : null;
            }
            if (x.kind() != Word.Kind.WORD || x.is("that")) {
                return null; // "said that the plan had three parts: …": what was said is the that-clause
            }
        }
        return null;
    }

    /** The headline form "Lindqvist: 'We will not back down'": a short name, a colon, then the speaker's words. */
    private static Utterance colonQuote(List<Word> w, Map<Integer, Quote> quoteAt) {
        int colon = 0;
        while (colon < w.size() && colon < 6 && w.get(colon).kind() == Word.Kind.WORD && w.get(colon).capitalised()) {
            colon++;
        }
        if (colon == 0 || colon + 1 >= w.size() || !w.get(colon).isPunct(':') || w.get(colon + 1).kind() != Word.Kind.QUOTE
                || w.stream().skip(colon + 2).anyMatch(x -> x.kind() != Word.Kind.PUNCT)) {
            return null;
        }
        Span speaker = new Span(w.get(0).span().start(), w.get(colon - 1).span().end());
        return new Utterance(speaker, w.get(colon).span(), Stance.SAYS, true, quoteAt.get(w.get(colon + 1).span().start()).words());
    }

    private static boolean standsAlone(List<Word> w) {
        if (w.isEmpty() || w.get(0).kind() != Word.Kind.QUOTE) {
            return false;
        }
        return w.stream().skip(1).allMatch(x -> x.kind() == Word.Kind.PUNCT);
    }

    /** Sentences joined wherever a quotation crosses a sentence boundary. */
    static List<Span> stretches(List<Sentence> sentences, List<Quote> quotes) {
        List<Span> out = new ArrayList<>();
        int q = 0;
        Span current = null;
        for (Sentence s : sentences) {
            Span span = s.span();
            if (current != null && crossed(current, quotes, q)) {
                current = new Span(current.start(), Math.max(current.end(), span.end()));
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = span;
            }
            while (q < quotes.size() && quotes.get(q).marks().end() <= current.start()) {
                q++;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    private static boolean crossed(Span stretch, List<Quote> quotes, int from) {
        for (int i = from; i < quotes.size() && quotes.get(i).marks().start() < stretch.end(); i++) {
            Span m = quotes.get(i).marks();
            if (m.start() >= stretch.start() && m.end() > stretch.end()) {
                return true;
            }
        }
        return false;
    }
}
