package org.crosscheck.core.analysis;

import java.util.List;
import java.util.ArrayList;
import org.crosscheck.core.article.ArticlePreparer;
import org.crosscheck.core.article.Detected;
import org.crosscheck.core.article.PreparedArticle;
import org.crosscheck.core.article.Sentence;
import org.crosscheck.core.article.SentenceSplitter;
import org.crosscheck.core.text.Span;
import org.crosscheck.core.time.ReportedDate;

/**
 * One article as the analysis reads it: its file name, full text, the ranges that are article body (not page
 * chrome), the sentences in which to look for who said what (the headline and the body), every sentence of the
 * page (names in a sidebar are still names), outlet and publication date where known (null otherwise), and the
 * name of the article its sender says it is a syndicated copy of (null when not said).
 */
public record ArticleInput(String file, String text, List<Span> body, List<Sentence> sentences, List<Sentence> page,
                           String outlet, String published, String syndicatedFrom) {

    private static final ArticlePreparer PREPARER = new ArticlePreparer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    public ArticleInput {
        body = List.copyOf(body);
        sentences = List.copyOf(sentences);
        page = List.copyOf(page);
    }

    /** An article known only by its file name and text: body, sentences and metadata are read from the text. */
    public static ArticleInput read(String file, String text) {
        return of(file, PREPARER.prepare(text));
    }

    public static ArticleInput of(String file, PreparedArticle article) {
        ReportedDate published = article.metadata().publishedDate();
        List<Sentence> read = new ArrayList<>();
        Detected<String> title = article.metadata().title();
        if (title != null && title.source() != null && !article.inBody(title.source())) {
            read.add(new Sentence(0, title.source()));
        }
        article.sentences().forEach(s -> read.add(new Sentence(read.size(), s.span())));
        List<Sentence> page = SPLITTER.split(article.text(), List.of(new Span(0, article.text().length())));
        return new ArticleInput(file, article.text(), article.body(), read, page, article.metadata().outletName(),
                published == null ? null : published.iso(), null);
    }

    /** The same article, declared a syndicated copy of the article named {@code original}. */
    public ArticleInput withSyndicatedFrom(String original) {
        return new ArticleInput(file, text, body, sentences, page, outlet, published, original);
    }

    /** The body ranges joined, as syndication compares them. */
    public String bodyText() {
        return PreparedArticle.bodyText(text, body);
    }

    /** True when {@code span} lies in the headline or the body: what the article itself says. */
    public boolean isRead(Span span) {
        return sentences.stream().anyMatch(s -> s.span().overlaps(span));
    }
}
