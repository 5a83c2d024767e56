package org.crosscheck.web.publication.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The JSON Canonicalization Scheme (RFC 8785) for what reports contain: members sorted by their UTF-16 code units,
 * no whitespace, strings escaped only where JSON requires it (control characters as lower-case \\u00xx), integers as
 * digits. Reports carry no fractional numbers; one met here is refused rather than written in a form another
 * implementation might not reproduce. The signature covers these bytes, so anyone can recompute them.
 */
public final class CanonicalJson {

    /** Integers beyond this lose precision in JavaScript, so RFC 8785 cannot write them as digits. */
    private static final BigInteger SAFE = BigInteger.valueOf(9007199254740991L);

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                names.sort(null); // String order is UTF-16 code unit order, as RFC 8785 asks
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> items = node.elements();
                for (boolean first = true; items.hasNext(); first = false) {
                    if (!first) {
                        out.append(',');
                    }
                    write(items.next(), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> number(node, out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("not JSON: " + node.getNodeType());
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (!node.isIntegralNumber() || node.bigIntegerValue().abs().compareTo(SAFE) > 0) {
            throw new IllegalArgumentException("reports carry whole numbers up to 2^53 only, not " + node);
        }
        out.append(node.bigIntegerValue());
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new IllegalArgumentException("a string holds a lone surrogate at " + i);
                }
                out.append(c).append(value.charAt(++i));
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
