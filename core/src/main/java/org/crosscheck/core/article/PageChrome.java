package org.crosscheck.core.article;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a web page wraps around an article: calls to action, credits, bylines, share buttons, tags, list headings.
 * Each rule looks at one line on its own; {@link PageLayout} adds the rules that need the neighbouring lines.
 */
final class PageChrome {

    /** Chrome lines are short; longer lines are left to the layout rules, which also keeps every pattern cheap. */
    private static final int LONGEST_CHROME_LINE = 300;

    private static final List<String> CALL_TO_ACTION_TERMS = List.of(
            "newsletter", "mailing list", "subscribe", "subscription", "sign up", "signup", "donate", "donation",
            "follow us", "read more", "read also", "also read", "read next", "up next", "related:", "see also", "click here", "download", "app store",
            "google play", "mailbox", "inbox", "stay connected", "share this", "share on", "share article",
            "advertisement", "publicity", "sponsored", "cookies", "log in", "leave a comment",
            "print this", "listen to this", "watch the video", "supporter", "funded by its readers", "funded by our readers");
    private static final Set<String> IMPERATIVES = Set.of(
            "make", "join", "subscribe", "sign", "follow", "donate", "share", "click", "download", "read", "get",
            "receive", "support", "watch", "listen", "register", "log", "like", "tap", "install", "become", "help",
            "leave", "print", "email", "contact", "see", "discover", "explore", "don't", "never", "stay", "enable");
    /** The page's own controls; only on short lines, where nothing else is said. */
    private static final List<String> PAGE_CONTROLS = List.of(
            "skip to", "main content", "back to top", "top of page", "continue reading", "print article",
            "share via", "comments", "menu", "search", "sign in", "photo gallery", "view gallery", "images)",
            "open in app", "listen to article", "font size", "toggle");
    private static final int LONGEST_PAGE_CONTROL_WORDS = 6;
    private static final Set<String> SOCIAL = Set.of(
            "share", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email", "e-mail", "print", "reddit",
            "instagram", "youtube", "pinterest", "copy", "link", "tweet", "messenger", "flipboard", "x", "mail");
    private static final Set<String> LIST_HEADINGS = Set.of(
            "on the same subject", "related", "related articles", "related stories", "related news", "related posts",
            "related content", "related topics", "more stories", "more news", "more on this story", "most read",
            "most popular", "most viewed", "recommended", "recommended for you", "you may also like",
            "you might also like", "read also", "also read", "see also", "latest news", "latest", "trending",
            "trending now", "popular", "top stories", "in other news", "editor's picks", "further reading",
            "don't miss", "read next", "up next", "more like this");

    private static final Pattern CREDITED_BY = Pattern.compile(
            "^(?:text|words|story|written|reported|reporting|report|edited|editing|photos?|video|compiled|posted)"
                    + "\\s+by\\b",
            Pattern.CASE_INSENSITIVE);
    /** "By Jane Doe, Reuters": no full stop, or "By Tuesday, talks had ended." would be a byline too. */
    private static final Pattern BY_NAME = Pattern.compile("^(?:By|BY)(?:\\s*:\\s*|\\s+)\\p{Lu}");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^(?:source|sources|courtesy of|via)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READING_TIME = Pattern.compile(
            "^(?:reading time:?\\s*)?\\d{1,3}\\s*(?:min|mins|minutes?)\\.?(?:\\s+(?:read|reading|listen))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO_LABEL = Pattern.compile(
            "^(?:photo|image|picture|pictured|credit|photograph|file photo|illustration|caption)s?\\s*[:/]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "\\b(?:photograph|photo|picture|image|credit)s?\\s*:\\s*[^.:]{1,60}$", Pattern.CASE_INSENSITIVE);
    /** "Divers at the wreck [Harbour Photos]": a credit closes a caption; "the plan [the dredging]." closes a sentence instead. */
    private static final Pattern BRACKETED_CREDIT_AT_END = Pattern.compile("\\[\\p{Lu}[^\\[\\]]{0,39}]$");
    private static final Pattern TAG_LABEL = Pattern.compile("^(?:tags|topics|filed under|categories|keywords)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final String BULLETS = "•·▪►‣◦*-–";
    private static final Set<String> PHOTO_AGENCIES = Set.of(
            "afp", "reuters", "ap", "getty", "epa", "anadolu", "xinhua", "shutterstock", "alamy", "sipa", "pool",
            "handout", "istock", "efe", "tass", "dpa", "ansa");

    private PageChrome() {
    }

    /** Why this line is page chrome, or {@code null} when nothing in the line itself says so. */
    static LineRole reasonFor(PageLine line) {
        if (line.text().length() > LONGEST_CHROME_LINE) {
            return null;
        }
        String lower = line.lower();
        if (isListHeading(lower)) {
            return LineRole.LIST_HEADING; // before calls to action: "Read also" heads a list of other stories
        }
        if (isCallToAction(line, lower)) {
            return LineRole.CALL_TO_ACTION;
        }
        if (lower.contains("©") || lower.startsWith("copyright") || lower.contains("all rights reserved") || syndicationNotice(lower)) {
            return LineRole.COPYRIGHT;
        }
        if (isByline(line, lower)) {
            return LineRole.BYLINE;
        }
        if (SOURCE_LABEL.matcher(line.text()).find() && line.wordCount() <= 8) {
            return LineRole.SOURCE_LABEL;
        }
        if (READING_TIME.matcher(line.text()).matches()) {
            return LineRole.READING_TIME;
        }
        if (isPhotoCredit(line, lower)) {
            return LineRole.PHOTO_CREDIT;
        }
        if (PHOTO_LABEL.matcher(line.text()).find() || BRACKETED_CREDIT_AT_END.matcher(line.text()).find()
                || CREDIT_AT_END.matcher(line.text()).find()
                || lower.contains("getty images")) {
            return LineRole.PHOTO_CAPTION;
        }
        if (isAnnotation(line.text())) {
            return LineRole.ANNOTATION;
        }
        if (TAG_LABEL.matcher(line.text()).find() || isBulletTag(line)) {
            return LineRole.TAG;
        }
        if (isShareButtons(line)) {
            return LineRole.SHARE_BUTTONS;
        }
        if (line.wordCount() <= LONGEST_PAGE_CONTROL_WORDS && PAGE_CONTROLS.stream().anyMatch(lower::contains)) {
            return LineRole.PAGE_CONTROL;
        }
        if (isNavigation(line)) {
            return LineRole.NAVIGATION;
        }
        if (line.wordCount() == 1 && line.text().indexOf(' ') < 0 && (line.text().contains("_")
                || lower.contains("badge") || lower.startsWith("http") || lower.matches(".*\\.(png|jpe?g|svg|gif)"))) {
            return LineRole.BADGE;
        }
        return null;
    }

    static boolean isByline(PageLine line, String lower) {
        if (lower.contains("; editing by")) {
            return true;
        }
        if (line.wordCount() > 12) {
            return false;
        }
        return CREDITED_BY.matcher(line.text()).find()
                || BY_NAME.matcher(line.text()).find() && !line.endsLikeSentence() && line.wordCount() <= 8;
    }

    static boolean isListHeading(String lower) {
        String heading = lower.endsWith(":") ? lower.substring(0, lower.length() - 1).trim() : lower;
        return LIST_HEADINGS.contains(heading) || heading.startsWith("more from ") && heading.length() < 40
                || heading.startsWith("more in ") && heading.length() < 40;
    }

    /**
     * An appeal to the reader: its vocabulary with an imperative or a "you" in one sentence, or nothing else on the
     * line. Sentence by sentence, so that news which mentions an app and then tells residents what to do stays body.
     */
    private static boolean isCallToAction(PageLine line, String lower) {
        boolean vocabulary = CALL_TO_ACTION_TERMS.stream().anyMatch(lower::contains);
        if (!vocabulary) {
            return false;
        }
        return line.wordCount() <= 3 || appealInASentence(lower)
                || startsWithTerm(lower) && (line.wordCount() <= 12 || lower.indexOf(':') > 0 && lower.indexOf(':') < 16);
    }

    /** "ALSO READ: ...", "Sponsored content": the line opens with the appeal itself. */
    private static boolean startsWithTerm(String lower) {
        return CALL_TO_ACTION_TERMS.stream().anyMatch(lower::startsWith);
    }

    /** "This story was supplied by Atlantic Press Agency and is published under licence": who may print it, not news. */
    private static boolean syndicationNotice(String lower) {
        return (lower.contains("supplied by") || lower.contains("distributed by"))
                && (lower.contains("published by") || lower.contains("licence") || lower.contains("license"));
    }

    /**
     * "Heritage Watch is funded by its readers. Become a supporter today.": a sentence of the line that is an appeal
     * by itself, its vocabulary with its imperative or its "you" ("Leave your homes only if told to" after a sentence
     * about downloading an app is news, not an appeal).
     */
    private static boolean appealInASentence(String lower) {
        for (String sentence : lower.split("[.!?]\\s+")) {
            String s = sentence.strip();
            if ((startsWithImperative(s) || addressesTheReader(s)) && CALL_TO_ACTION_TERMS.stream().anyMatch(s::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithImperative(String lower) {
        int dash = lower.indexOf(" - ");
        String rest = dash > 0 && dash < 20 ? lower.substring(dash + 3) : lower;
        String first = rest.split("[\\s:,]+", 2)[0];
        return IMPERATIVES.contains(first) || IMPERATIVES.contains(lower.split("[\\s:,]+", 2)[0]);
    }

    private static boolean addressesTheReader(String lower) {
        for (String word : lower.split("[^\\p{L}]+")) {
            if (word.equals("you") || word.equals("your") || word.equals("yours")) {
                return true;
            }
        }
        return false;
    }

    /** "Jane Doe / AFP", "Reuters/John Smith": a short unpunctuated line naming a photographer or picture agency. */
    private static boolean isPhotoCredit(PageLine line, String lower) {
        if (line.wordCount() > 8 || line.endsLikeSentence()) {
            return false;
        }
        if (line.text().contains(" / ") || lower.endsWith(" images") || PHOTO_LABEL.matcher(line.text()).find()) {
            return true;
        }
        return lower.contains("/") && line.words().stream()
                .flatMap(w -> List.of(w.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).stream())
                .anyMatch(PHOTO_AGENCIES::contains);
    }

    /** "(Illustration).", "[File]", "(Reporting by ...)": a whole line in brackets is a note about the page, not prose. */
    private static boolean isAnnotation(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (t.length() < 3) {
            return false;
        }
        char open = t.charAt(0);
        char close = open == '(' ? ')' : open == '[' ? ']' : 0;
        // "(a) one thing and (b) another" opens and closes more than once: that is prose
        return close != 0 && t.indexOf(close) == t.length() - 1;
    }

    private static boolean isBulletTag(PageLine line) {
        return BULLETS.indexOf(line.text().charAt(0)) >= 0 && line.wordCount() <= 4 && !line.endsLikeSentence();
    }

    private static boolean isShareButtons(PageLine line) {
        if (line.wordCount() == 0 || line.wordCount() > 8) {
            return false;
        }
        int buttons = 0;
        for (String word : line.words()) {
            for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                if (!SOCIAL.contains(part)) {
                    return false;
                }
                buttons++;
            }
        }
        return buttons > 0;
    }

    /** "Home | World | Middle East": a row of short menu items. */
    private static boolean isNavigation(PageLine line) {
        String[] items = line.text().split("[|»›]");
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.trim().split("\\s+").length > 3) {
                return false;
            }
        }
        return !line.endsLikeSentence();
    }
}
