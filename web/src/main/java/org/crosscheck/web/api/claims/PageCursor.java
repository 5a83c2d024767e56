package org.crosscheck.web.api.claims;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.crosscheck.core.text.ContentHash;
import org.crosscheck.db.publication.ClaimQuery.Mode;
import org.crosscheck.db.publication.ClaimQuery.Position;

/**
 * An opaque cursor: where the previous page ended, bound to the query it came from. A cursor given with other
 * parameters is refused rather than silently continuing a different list.
 */
final class PageCursor {

    private static final String VERSION = "1";

    private PageCursor() {
    }

    /** A fingerprint of the parameters that decide the list (not limit: a client may change the page size). */
    static String fingerprint(List<Object> parameters) {
        StringBuilder joined = new StringBuilder();
        parameters.forEach(p -> joined.append(p == null ? "" : p.toString().replace("\u001f", "")).append('\u001f'));
        return ContentHash.sha256(joined.toString()).substring(0, 12);
    }

    static String encode(Position position, String fingerprint) {
        String plain = String.join("|", VERSION, position.mode().name(), position.score() == null ? "" : position.score().toPlainString(),
                Long.toString(position.id()), fingerprint);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static String encode(long id, String fingerprint) {
        return encode(new Position(Mode.NEWEST, null, id), fingerprint);
    }

    static Position decode(String cursor, String fingerprint) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 5 || !parts[0].equals(VERSION)) {
                throw new IllegalArgumentException("unknown cursor form");
            }
            if (!parts[4].equals(fingerprint)) {
                throw new BadQuery("cursor", "the cursor belongs to a query with other parameters: repeat the query that gave it");
            }
            BigDecimal score = parts[2].isEmpty() ? null : new BigDecimal(parts[2]);
            return new Position(Mode.valueOf(parts[1]), score, Long.parseLong(parts[3]));
        } catch (IllegalArgumentException e) { // also bad Base64, numbers and modes
            throw new BadQuery("cursor", "the cursor is not one this API gave out");
        }
    }
}
