package org.crosscheck.core.article;

/** Why a line of a page is not article body: the part it plays on the page. */
enum LineRole {
    CALL_TO_ACTION, COPYRIGHT, BYLINE, SOURCE_LABEL, READING_TIME, PHOTO_CREDIT, PHOTO_CAPTION, ANNOTATION,
    LIST_HEADING, LISTED_HEADLINE, TAG, SHARE_BUTTONS, PAGE_CONTROL, NAVIGATION, BADGE, DATELINE, NAME_LABEL,
    HEADLINE, AUTHOR_NOTE;

    /** "call to action", as an editor would say it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
