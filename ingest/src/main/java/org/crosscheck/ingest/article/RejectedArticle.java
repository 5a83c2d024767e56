package org.crosscheck.ingest.article;

/**
 * An article that cannot be stored, with the field at fault and a reason a person can act on. Nothing of a
 * rejected article is stored.
 */
public class RejectedArticle extends RuntimeException {

    public enum Reason {
        INVALID(400), TOO_LARGE(413), UNSUPPORTED_TYPE(415);

        public final int status;

        Reason(int status) {
            this.status = status;
        }
    }

    private final Reason reason;
    private final String field;

    public RejectedArticle(Reason reason, String field, String detail) {
        super(detail);
        this.reason = reason;
        this.field = field;
    }

    public static RejectedArticle invalid(String field, String detail) {
        return new RejectedArticle(Reason.INVALID, field, detail);
    }

    public Reason reason() {
        return reason;
    }

    /** The submission field at fault ({@code text}, {@code published}, ...), or {@code null} for the whole body. */
    public String field() {
        return field;
    }
}
