package org.crosscheck.core.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.core.text.Span;

/**
 * How a stored page is laid out: which lines are chrome and why, where the main run of prose paragraphs starts and
 * ends, and which line is the headline. Body detection and metadata detection read the same layout.
 */
final class PageLayout {

    /** A lead paragraph is rarely shorter; shorter sentences above it are captions, taglines and teasers. */
    private static final int PARAGRAPH_WORDS = 12;
    private static final int SENTENCE_WORDS = 4;
    private static final int LONGEST_CAPTION_WORDS = 25;
    private static final int HEAD_LINES_AFTER_FIRST_PARAGRAPH = 2;
    private static final Pattern AUTHOR_NOTE = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:is|was)\\s+"
            + "(?:a|an|the|our)\\s+[^.]{0,80}?\\b(?:correspondent|reporter|journalist|editor|columnist|writer"
            + "|contributor|freelance)\\b[^.]{0,80}\\.$");
    private static final int LONGEST_AUTHOR_NOTE = 250;

    private final String text;
    private final List<PageLine> lines;
    private final LineRole[] reasons;
    private final int runStart;
    private final int runEnd;
    private final int title;

    private PageLayout(String text) {
        this.text = text;
        this.lines = PageLine.of(text);
        this.reasons = new LineRole[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            reasons[i] = lineReason(lines.get(i));
        }
        markCaptionsAboveCredits();
        markListsUnderHeadings();
        int start = firstLine(PARAGRAPH_WORDS);
        this.runStart = start >= 0 ? start : firstLine(SENTENCE_WORDS);
        markAuthorNotesAtTheEnd();
        this.runEnd = lastSentenceLine();
        this.title = findTitle();
    }

    static PageLayout read(String text) {
        return new PageLayout(text);
    }

    String text() {
        return text;
    }

    List<PageLine> lines() {
        return lines;
    }

    /** Why line {@code i} is not body text, or {@code null} if nothing but its position can exclude it. */
    LineRole reason(int i) {
        return reasons[i];
    }

    /** Index of the first line of the main run of prose, or -1 for a page without any. */
    int runStart() {
        return runStart;
    }

    int titleLine() {
        return title;
    }

    /**
     * Whether line {@code i} belongs to the article head: above the first paragraph, or among the few lines under it
     * (a credit line often follows the standfirst) while the article goes on below.
     */
    boolean isHead(int i) {
        return runStart < 0 || i < runStart || i <= runStart + HEAD_LINES_AFTER_FIRST_PARAGRAPH && i < runEnd;
    }

    boolean isBody(int i) {
        return runStart >= 0 && i >= runStart && i <= runEnd && reasons[i] == null;
    }

    /** The body as ranges of the text: neighbouring body lines joined, blank lines between them included. */
    List<Span> body() {
        List<Span> body = new ArrayList<>();
        int open = -1;
        for (int i = 0; i <= lines.size(); i++) {
            boolean inBody = i < lines.size() && isBody(i);
            if (inBody && open < 0) {
                open = i;
            } else if (!inBody && open >= 0) {
                body.add(new Span(lines.get(open).span().start(), lines.get(i - 1).span().end()));
                open = -1;
            }
        }
        return List.copyOf(body);
    }

    private static LineRole lineReason(PageLine line) {
        if (line.wordCount() <= 16 && DatelineReader.dateline(line.text()) != null) {
            return LineRole.DATELINE;
        }
        LineRole chrome = PageChrome.reasonFor(line);
        if (chrome != null) {
            return chrome;
        }
        return isNameLabel(line) ? LineRole.NAME_LABEL : null;
    }

    /** "Coastline Daily", "World News": a few capitalised words standing alone are a label, not prose. */
    static boolean isNameLabel(PageLine line) {
        return line.wordCount() >= 1 && line.wordCount() <= 4 && !line.hasLowerCaseWord() && !line.endsLikeSentence()
                && line.text().chars().anyMatch(Character::isLetter);
    }

    /** "Jane Doe is our Middle East correspondent.": a note on the writer closes the page, not the article. */
    private void markAuthorNotesAtTheEnd() {
        for (int i = lastSentenceLine(); i >= 0 && isAuthorNote(lines.get(i)); i = lastSentenceLine()) {
            reasons[i] = LineRole.AUTHOR_NOTE;
        }
    }

    private static boolean isAuthorNote(PageLine line) {
        return line.text().length() <= LONGEST_AUTHOR_NOTE && AUTHOR_NOTE.matcher(line.text()).find();
    }

    /** A caption sits right above its photo credit, perhaps with a bracketed note between them. */
    private void markCaptionsAboveCredits() {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != LineRole.PHOTO_CREDIT) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && reasons[j] == LineRole.ANNOTATION) {
                j--;
            }
            if (j >= 0 && reasons[j] == null && lines.get(j).wordCount() <= LONGEST_CAPTION_WORDS) {
                reasons[j] = LineRole.PHOTO_CAPTION;
            }
        }
    }

    /** Under "Related" or "Most read", every line is another story's headline until real paragraphs resume. */
    private void markListsUnderHeadings() {
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != LineRole.LIST_HEADING) {
                continue;
            }
            int k = i + 1;
            while (k < lines.size() && !isSentence(k, PARAGRAPH_WORDS)) {
                if (reasons[k] == null) {
                    reasons[k] = LineRole.LISTED_HEADLINE;
                }
                k++;
            }
            i = k - 1;
        }
    }

    private boolean isSentence(int i, int minimumWords) {
        PageLine line = lines.get(i);
        return reasons[i] == null && line.endsLikeSentence() && line.wordCount() >= minimumWords;
    }

    private int firstLine(int minimumWords) {
        for (int i = 0; i < lines.size(); i++) {
            if (isSentence(i, minimumWords)) {
                return i;
            }
        }
        return -1;
    }

    /** Lines after the last sentence are lists, footers and teasers: an article ends on a full stop. */
    private int lastSentenceLine() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isSentence(i, SENTENCE_WORDS)) {
                return i;
            }
        }
        return -1;
    }

    /** The headline is the first headline-like line above the prose; repeats of it anywhere are not body. */
    private int findTitle() {
        int end = runStart >= 0 ? runStart : lines.size();
        for (int i = 0; i < end; i++) {
            if (reasons[i] == null && isHeadlineLike(lines.get(i))) {
                for (int k = 0; k < lines.size(); k++) {
                    if (lines.get(k).text().equals(lines.get(i).text())) {
                        reasons[k] = LineRole.HEADLINE;
                    }
                }
                return i;
            }
        }
        return -1;
    }

    /** Long enough to say something, not a sentence, and in sentence case or long enough not to be a label. */
    private static boolean isHeadlineLike(PageLine line) {
        int words = line.wordCount();
        return words >= 4 && words <= 30 && !line.text().endsWith(".")
                && (line.hasLowerCaseContentWord() || words >= 6);
    }
}
